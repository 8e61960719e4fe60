"""The real Application polling the Bot API stand-in: one way to start it, for tests and bench."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from bot.snapshot import Snapshot
from bot.store import open_store
from bot.telegram.app import build_application
from bot.telegram.settings import Settings
from bot.testing.bot_api import BotApiStandIn

PROJECT = Path(__file__).resolve().parent.parent.parent


@dataclass
class RunningBot:
    api: BotApiStandIn
    application: Application
    settings: Settings


def settings_for(api: BotApiStandIn, data_dir: Path, **changes: object) -> Settings:
    """Short timeouts so a hanging request fails over quickly; retries as in production."""
    base = {"token": api.token, "base_url": api.base_url, "data_dir": data_dir, "timeout": 1.0,
            "max_retries": 3, "send_attempts": 4, "reload_interval": 0.0}
    return Settings(**{**base, **changes})  # type: ignore[arg-type]


@asynccontextmanager
async def running(api: BotApiStandIn, snapshot: Snapshot, settings: Settings,
                  content_root: Path | None = None) -> AsyncIterator[RunningBot]:
    """What run_polling does, step by step: it cannot run inside an already running loop."""
    store = await open_store(settings.data_dir, settings.database_url)
    application = build_application(settings, snapshot, store, content_root or PROJECT)
    try:
        async with application:
            if application.post_init:
                await application.post_init(application)
            await application.updater.start_polling(poll_interval=0, timeout=1,
                                                    allowed_updates=Update.ALL_TYPES)
            await application.start()
            try:
                yield RunningBot(api, application, settings)
            finally:
                await application.updater.stop()
                await application.stop()
    finally:
        await store.close()
