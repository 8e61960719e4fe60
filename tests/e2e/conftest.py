"""The real python-telegram-bot Application, polling a Bot API stand-in on 127.0.0.1."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.snapshot import Snapshot
from bot.telegram.logs import setup_logging
from bot.testing.bot_api import BotApiStandIn
from bot.testing.harness import RunningBot, running, settings_for


@pytest.fixture
async def api() -> AsyncIterator[BotApiStandIn]:
    async with BotApiStandIn() as stand_in:
        yield stand_in


@pytest.fixture
async def bot(api: BotApiStandIn, snapshot: Snapshot, tmp_path: Path
              ) -> AsyncIterator[RunningBot]:
    async with running(api, snapshot, settings_for(api, tmp_path)) as running_bot:
        yield running_bot


@pytest.fixture
async def unthrottled_bot(api: BotApiStandIn, snapshot: Snapshot, tmp_path: Path
                          ) -> AsyncIterator[RunningBot]:
    """Without AIORateLimiter's 30 messages/s pacing, to measure the bot's own capacity."""
    async with running(api, snapshot, settings_for(api, tmp_path, rate_limit=False)) as bot:
        yield bot


@pytest.fixture
def debug_log(api: BotApiStandIn) -> Iterator[io.StringIO]:
    """The bot's own logging set up as in production, at DEBUG, into a string to search."""
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    setup_logging("DEBUG", [api.token], stream=stream)
    try:
        yield stream
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
