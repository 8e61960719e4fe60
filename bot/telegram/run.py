"""Running the bot for real: long polling by default, a webhook server on request; SQLite in
DATA_DIR, or PostgreSQL shared by several copies when DATABASE_URL is set."""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import datetime
from pathlib import Path

from telegram.error import InvalidToken, TelegramError

from bot.last_good import GOOD, StartContent, start_content
from bot.single import AlreadyRunning, hold_lock
from bot.store import SchemaTooNew, open_store
from bot.telegram.app import build_application
from bot.telegram.handlers import STATE, VIETNAM
from bot.telegram.logs import REDACTED, setup_logging
from bot.telegram.polling import serve_polling
from bot.telegram.settings import Settings
from bot.telegram.webhook import serve_webhook

log = logging.getLogger(__name__)

NO_TOKEN = """\
No TELEGRAM_BOT_TOKEN is set, so the bot is not on Telegram. To put it there, open Telegram,
talk to @BotFather, send /newbot, follow the two questions and copy the token it gives you, then
run:  TELEGRAM_BOT_TOKEN=<token> python bot.py
Meanwhile, here is the same bot in this terminal (also: python bot.py chat). Type /help."""


def run_bot(settings: Settings, content_root: Path, topics_md: Path | None,
            webhook: bool) -> int:
    if not settings.token:
        raise ValueError("run_bot needs a token")
    setup_logging(settings.log_level, [settings.token, settings.webhook_secret or "",
                                       settings.database_url or ""])
    problems = settings.webhook_problems() if webhook else []
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    if settings.database_url:  # copies share PostgreSQL and take turns through it
        return _run(settings, content_root, topics_md, webhook)
    try:
        lock = hold_lock(settings.data_dir)
    except AlreadyRunning as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with lock:
        return _run(settings, content_root, topics_md, webhook)


def _run(settings: Settings, content_root: Path, topics_md: Path | None, webhook: bool) -> int:
    today = datetime.now(VIETNAM).date()
    start = start_content(content_root, settings.data_dir, today, topics_md)
    if start.snapshot is None:
        print("error: the content does not pass its checks and there is no earlier good copy "
              f"in {settings.data_dir / GOOD}; fix these first:", file=sys.stderr)
        for problem in start.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    if start.from_copy:
        log.error("content on disk has %d error(s); serving the last good copy %s",
                  len(start.problems), start.snapshot.version)
    try:
        asyncio.run(_serve(settings, start, content_root, topics_md, webhook))
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from "
              "@BotFather (/mybots → API Token)", file=sys.stderr)
        return 1
    except TelegramError as exc:
        reason = str(exc).replace(settings.token or "", REDACTED)
        print(f"error: Telegram refused to start the bot: {reason}", file=sys.stderr)
        return 1
    except (SchemaTooNew, ConnectionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


async def _serve(settings: Settings, start: StartContent, content_root: Path,
                 topics_md: Path | None, webhook: bool) -> None:
    if start.snapshot is None:
        raise ValueError("no content to serve")
    store = await open_store(settings.data_dir, settings.database_url)
    try:
        application = build_application(settings, start.snapshot, store, content_root,
                                        topics_md)
        application.bot_data[STATE].notice = start.notice()
        log.info("content version %s, %d topics, store %s", start.snapshot.version,
                 len(start.snapshot.content.topics), store.kind)
        if webhook:
            await serve_webhook(application, settings)
        else:
            await serve_polling(application, store)
    finally:
        await store.close()
