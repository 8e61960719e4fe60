"""Receiving updates by webhook, with a health check.

python-telegram-bot's own webhook server has no health endpoint, so this follows the library's
custom-webhook pattern: a small tornado app (tornado comes with the webhooks extra) hands each
update to the application's update processor and answers Telegram's POST once it is handled
(never before: an acknowledged update whose copy dies would be lost), and `GET /healthz` answers
200 while the application runs.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import cast

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot.telegram.forgiving import ForgivingBot
from bot.telegram.polling import stop_on_signals
from bot.telegram.settings import Settings

log = logging.getLogger(__name__)
PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class _Updates(tornado.web.RequestHandler):
    def initialize(self, bot_app: Application, secret: str) -> None:
        self.bot_app = bot_app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.set_status(403)
            return
        try:
            data = json.loads(self.request.body)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            log.warning("a webhook call that is not an update; skipped")
            self.set_status(200)  # Telegram would only send it again
            return
        update = cast(ForgivingBot, self.bot_app.bot).readable(data)
        if update is not None:
            # Answer Telegram only once the update is handled: if this copy dies midway,
            # Telegram sends it again (to this or another copy) instead of it being lost.
            app = self.bot_app
            await app.update_processor.process_update(update, app.process_update(update))
        self.set_status(200)


class _Health(tornado.web.RequestHandler):
    def initialize(self, bot_app: Application) -> None:
        self.bot_app = bot_app

    def get(self) -> None:
        running = self.bot_app.running
        self.set_status(200 if running else 503)
        self.finish("ok\n" if running else "not running\n")


def webhook_app(application: Application, secret: str) -> tornado.web.Application:
    return tornado.web.Application(
        [(PATH, _Updates, {"bot_app": application, "secret": secret}),
         ("/healthz", _Health, {"bot_app": application})],
        log_function=lambda handler: None)


async def serve_webhook(application: Application, settings: Settings) -> None:
    """Register the webhook with Telegram (a refusal raises), serve until SIGTERM or SIGINT."""
    if not settings.webhook_url or not settings.webhook_secret:
        raise ValueError("serve_webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
    stop = stop_on_signals()
    async with application:
        await application.bot.set_webhook(settings.webhook_url,
                                          secret_token=settings.webhook_secret,
                                          allowed_updates=Update.ALL_TYPES)
        if application.post_init:
            await application.post_init(application)
        await application.start()
        server = tornado.httpserver.HTTPServer(webhook_app(application,
                                                           settings.webhook_secret))
        server.listen(settings.port, settings.listen)
        log.info("webhook server on %s:%d, health at /healthz", settings.listen, settings.port)
        try:
            await stop.wait()
        finally:
            server.stop()
            await application.stop()
