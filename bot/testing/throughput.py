"""`bench --telegram`: updates per second end to end, the real Application against the stand-in.

Two runs: without the rate limiter (the bot's own capacity: matching, HTTP, the library) and with
AIORateLimiter on, which should sit near Telegram's own ceiling of about 30 messages a second.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bot.snapshot import Snapshot
from bot.testing.bot_api import BotApiStandIn, message_update
from bot.testing.harness import running, settings_for

QUESTIONS = ("con bị lừa mất acc free fire", "How do I report a fake account on Facebook?",
             "Bagaimana cara memblokir orang di Instagram?", "có người đòi tung ảnh nóng của em",
             "what's the weather tomorrow", "làm sao cài family link cho con")


async def _run(snapshot: Snapshot, updates: int, chats: int, rate_limit: bool) -> float:
    async with BotApiStandIn() as api:
        with tempfile.TemporaryDirectory() as data:
            settings = settings_for(api, Path(data), rate_limit=rate_limit, timeout=10.0)
            async with running(api, snapshot, settings):
                started = time.perf_counter()
                for n in range(updates):
                    api.push(message_update(1 + n % chats, QUESTIONS[n % len(QUESTIONS)],
                                            message_id=n))
                await api.wait_for(lambda: len(api.sent()) >= updates, timeout=600)
                elapsed = time.perf_counter() - started
    return updates / elapsed


def telegram_throughput(snapshot: Snapshot, updates: int = 1000, chats: int = 200) -> list[str]:
    raw = asyncio.run(_run(snapshot, updates, chats, rate_limit=False))
    paced_updates = min(updates, 300)
    paced = asyncio.run(_run(snapshot, paced_updates, chats, rate_limit=True))
    return [f"end to end, rate limiter off: {updates} updates from {chats} chats, "
            f"{raw:.0f} updates/s",
            f"end to end, AIORateLimiter on: {paced_updates} updates, {paced:.1f} updates/s "
            "(Telegram allows about 30 messages/s)"]
