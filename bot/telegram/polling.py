"""Long polling, by one copy at a time: Telegram allows a single getUpdates consumer per bot,
so with several copies on PostgreSQL the others wait (answering nothing, holding nothing) and
one takes over within seconds when the polling copy ends."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update
from telegram.ext import Application

from bot.store import Store

log = logging.getLogger(__name__)
LEADER_CHECK = 2.0


def stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def serve_polling(application: Application, store: Store) -> None:
    stop = stop_on_signals()
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        updater = application.updater
        if updater is None:
            raise RuntimeError("the application was built without an updater")
        try:
            while not stop.is_set():
                if not await store.lead("polling"):
                    await _pause(stop, LEADER_CHECK)
                    continue
                await updater.start_polling(allowed_updates=Update.ALL_TYPES,
                                            bootstrap_retries=-1)
                while not stop.is_set() and await store.lead("polling"):
                    await _pause(stop, LEADER_CHECK)
                await updater.stop()
        finally:
            if updater.running:
                await updater.stop()
            await application.stop()
