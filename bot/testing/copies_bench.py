"""`bench --telegram --copies N`: updates per second through webhooks for one copy on SQLite,
one copy on PostgreSQL and N copies on PostgreSQL, Telegram's side played by bot.testing.copies
against the Bot API stand-in in its own process; then the store's own latency per backend.

PostgreSQL is DATABASE_URL when set (its tables are used as they are: give a scratch
database), else a temporary server from Debian's package (bot.testing.postgres)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date
from pathlib import Path

import httpx

from bot.store import Store, open_store
from bot.testing.bot_api import message_update
from bot.testing.copies import start_fleet
from bot.testing.postgres import start_server
from bot.testing.throughput import QUESTIONS, TOKEN, stand_in_process

IN_FLIGHT = 50


async def _sent(base: str) -> int:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        return int((await client.get("/control/sent")).text)


async def _through(base: str, folder: Path, copies: int, database_url: str | None,
                   updates: int, first_id: int) -> float:
    fleet = await start_fleet(copies, TOKEN, f"{base}/bot", folder, database_url)
    try:
        before = await _sent(base)
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def one(n: int) -> None:
            body = message_update(1 + n % 200, QUESTIONS[n % len(QUESTIONS)], message_id=n)
            async with gate:
                await fleet.deliver({"update_id": first_id + n, **body})

        started = time.perf_counter()
        await asyncio.gather(*(one(n) for n in range(updates)))
        while await _sent(base) - before < updates:
            if time.perf_counter() - started > 600:
                raise TimeoutError("the copies did not answer every update in time")
            await asyncio.sleep(0.05)
        return updates / (time.perf_counter() - started)
    finally:
        await fleet.stop()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _store_latency(store: Store, rounds: int = 400) -> dict[str, list[float]]:
    async def timed(op: Callable[[], Awaitable[object]]) -> float:
        started = time.perf_counter()
        await op()
        return (time.perf_counter() - started) * 1000

    found: dict[str, list[float]] = {"read preferences": [], "write language": [],
                                     "claim + finish update": [], "flush counts": []}
    for n in range(rounds):
        found["read preferences"].append(await timed(lambda n=n: store.preferences(n % 50)))
        found["write language"].append(await timed(lambda n=n: store.set_lang(n % 50, "en")))

        async def claim(n: int = n) -> None:
            await store.claim_update(10_000_000 + n)
            await store.finish_update(10_000_000 + n)

        found["claim + finish update"].append(await timed(claim))
        store.count(date.today(), "bench", "answered")
        found["flush counts"].append(await timed(store.flush))
    return found


@contextlib.asynccontextmanager
async def _postgres() -> AsyncIterator[str]:
    given = os.environ.get("DATABASE_URL")
    if given:
        yield given
        return
    server = await asyncio.to_thread(start_server)
    try:
        yield await asyncio.to_thread(server.new_database)
    finally:
        await asyncio.to_thread(server.stop)


async def _bench(copies: int, updates: int) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        async with _postgres() as url, stand_in_process() as base:
            rates = [("1 copy, SQLite", await _through(base, root / "a", 1, None, updates, 1)),
                     ("1 copy, PostgreSQL",
                      await _through(base, root / "b", 1, url, updates, 1_000_000)),
                     (f"{copies} copies, PostgreSQL",
                      await _through(base, root / "c", copies, url, updates, 2_000_000))]
            lines += [f"webhooks, rate limiter off, {updates} updates from 200 chats: {label}: "
                      f"{rate:.0f} updates/s" for label, rate in rates]
            for label, opened in (("SQLite", open_store(root / "s")),
                                  ("PostgreSQL", open_store(root / "p", url))):
                store = await opened
                try:
                    for op, times in (await _store_latency(store)).items():
                        lines.append(f"store {label}, {op}: p50 {statistics.median(times):.2f} "
                                     f"ms, p99 {_percentile(times, 0.99):.2f} ms")
                finally:
                    await store.close()
    return lines


def copies_throughput(copies: int, updates: int) -> list[str]:
    return asyncio.run(_bench(copies, updates))
