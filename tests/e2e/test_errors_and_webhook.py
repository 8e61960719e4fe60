"""When sending fails for good, the user still hears to try again and about 111; the webhook
refuses callers without the secret token."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import httpx
import tornado.httpserver
from telegram.ext import Application

from bot.snapshot import Snapshot
from bot.store import open_store
from bot.telegram.app import build_application
from bot.telegram.webhook import webhook_app
from bot.testing.bot_api import BotApiStandIn, message_update
from bot.testing.harness import PROJECT, RunningBot, settings_for
from bot.testing.ports import free_port


async def test_an_unrecoverable_error_tells_the_user_to_try_again_with_111(
        bot: RunningBot, snapshot: Snapshot) -> None:
    api = bot.api
    api.fail("sendMessage", "400")
    api.push(message_update(501, "How do I report a TikTok video?", language_code="en"))
    await api.wait_for(lambda: len(api.sent(501)) == 1)
    text = api.sent(501)[0].params["text"]
    assert text == snapshot.content.ui.text("error", "en")
    assert "111" in text




SECRET = "s3cret-token"


@contextlib.asynccontextmanager
async def _serving_webhook(api: BotApiStandIn, snapshot: Snapshot,
                           tmp_path) -> AsyncIterator[tuple[Application, str]]:
    """The real Application behind our webhook server on a free port: (application, base URL)."""
    settings = settings_for(api, tmp_path, webhook_secret=SECRET)
    store = await open_store(tmp_path)
    application = build_application(settings, snapshot, store, PROJECT)
    port = free_port()
    server = tornado.httpserver.HTTPServer(webhook_app(application, SECRET))
    try:
        async with application:
            await application.start()
            server.listen(port, "127.0.0.1")
            yield application, f"http://127.0.0.1:{port}"
            if application.running:
                await application.stop()
    finally:
        server.stop()
        await store.close()


async def test_the_webhook_checks_the_secret_token(api: BotApiStandIn, snapshot: Snapshot,
                                                   tmp_path) -> None:
    update = {"update_id": 1, **message_update(502, "hello", language_code="en")}
    async with _serving_webhook(api, snapshot, tmp_path) as (application, base):
        url = f"{base}/telegram"
        async with httpx.AsyncClient() as client:
            refused = await client.post(url, content=json.dumps(update),
                                        headers={"Content-Type": "application/json"})
            wrong = await client.post(url, content=json.dumps(update), headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": "guess"})
            accepted = await client.post(url, content=json.dumps(update), headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": SECRET})
            healthy = await client.get(f"{base}/healthz")
            await api.wait_for(lambda: len(api.sent(502)) == 1)
            await application.stop()
            stopped = await client.get(f"{base}/healthz")
    assert (healthy.status_code, stopped.status_code) == (200, 503)
    assert (refused.status_code, wrong.status_code, accepted.status_code) == (403, 403, 200)
    assert len(api.sent(502)) == 1


async def test_the_webhook_answers_telegram_after_the_reply_and_once_per_update(
        api: BotApiStandIn, snapshot: Snapshot, tmp_path) -> None:
    """Telegram re-sends an update whose POST got no 200: answering only after handling means
    a copy that dies midway loses nothing, and a re-sent update is not answered twice."""
    update = {"update_id": 77, **message_update(503, "em muốn chết", language_code="vi")}
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with _serving_webhook(api, snapshot, tmp_path) as (_, base):
        async with httpx.AsyncClient() as client:
            first = await client.post(f"{base}/telegram", content=json.dumps(update),
                                      headers=headers)
            replied_before_ack = len(api.sent(503))
            again = await client.post(f"{base}/telegram", content=json.dumps(update),
                                      headers=headers)
        await asyncio.sleep(0.3)
    assert (first.status_code, again.status_code) == (200, 200)
    assert replied_before_ack == 1
    assert len(api.sent(503)) == 1
