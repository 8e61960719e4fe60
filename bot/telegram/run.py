"""Running the bot for real: long polling by default, the library's webhook server on request."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from telegram import Update

from bot.snapshot import Snapshot
from bot.store import Store
from bot.telegram.app import build_application
from bot.telegram.logs import setup_logging
from bot.telegram.settings import Settings

log = logging.getLogger(__name__)

NO_TOKEN = """\
No TELEGRAM_BOT_TOKEN is set, so the bot is not on Telegram. To put it there, open Telegram,
talk to @BotFather, send /newbot, follow the two questions and copy the token it gives you, then
run:  TELEGRAM_BOT_TOKEN=<token> python bot.py
Meanwhile, here is the same bot in this terminal (also: python bot.py chat). Type /help."""


def run_bot(settings: Settings, snapshot: Snapshot, content_root: Path, topics_md: Path | None,
            webhook: bool) -> int:
    if not settings.token:
        raise ValueError("run_bot needs a token")
    setup_logging(settings.log_level, [settings.token, settings.webhook_secret or ""])
    if webhook:
        problems = settings.webhook_problems()
        if problems:
            for problem in problems:
                print(f"error: {problem}", file=sys.stderr)
            return 2
    store = Store(settings.data_dir / "bot.sqlite3")
    application = build_application(settings, snapshot, store, content_root, topics_md)
    log.info("content version %s, %d topics", snapshot.version, len(snapshot.content.topics))
    try:
        if webhook:
            application.run_webhook(listen=settings.listen, port=settings.port,
                                    url_path="telegram", webhook_url=settings.webhook_url,
                                    secret_token=settings.webhook_secret,
                                    allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
    finally:
        store.close()
    return 0
