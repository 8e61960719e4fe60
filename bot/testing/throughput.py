"""`bench --telegram`: updates per second end to end, the real Application against the stand-in
running in a process of its own (so the figure is the bot's alone), beside the floor a minimal
python-telegram-bot echo bot reaches against the same stand-in in the same run.

Three figures: the bot without the rate limiter (its own capacity), a bare echo bot the same
way (the library's floor), and the bot with AIORateLimiter on (near Telegram's 30 messages/s).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.snapshot import Snapshot
from bot.store import open_store
from bot.telegram.app import build_application
from bot.telegram.settings import Settings
from bot.testing.bot_api import BotApiStandIn, message_update
from bot.testing.ports import free_port

QUESTIONS = ("con bị lừa mất acc free fire", "How do I report a fake account on Facebook?",
             "Bagaimana cara memblokir orang di Instagram?", "có người đòi tung ảnh nóng của em",
             "what's the weather tomorrow", "làm sao cài family link cho con")
TOKEN = BotApiStandIn().token


@contextlib.asynccontextmanager
async def stand_in_process() -> AsyncIterator[str]:
    """The Bot API stand-in in a process of its own (so its work is not counted as the
    bot's); yields its base URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "bot.testing.bot_api", str(port)],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        await asyncio.to_thread(process.stdout.readline)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


async def _polling(application: Application) -> None:
    await application.updater.start_polling(poll_interval=0, timeout=1,  # type: ignore[union-attr]
                                            allowed_updates=Update.ALL_TYPES)
    await application.start()


async def _drive(base: str, updates: int, chats: int) -> float:
    batch = [message_update(1 + n % chats, QUESTIONS[n % len(QUESTIONS)], message_id=n)
             for n in range(updates)]
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        started = time.perf_counter()
        await client.post("/control/push", content=json.dumps(batch))
        deadline = started + 600
        while int((await client.get("/control/sent")).text) < updates:
            if time.perf_counter() > deadline:
                raise TimeoutError("the bot did not answer every update in time")
            await asyncio.sleep(0.02)
        return updates / (time.perf_counter() - started)


async def _run(start: Callable[[str], Awaitable[Application]], updates: int, chats: int) -> float:
    async with stand_in_process() as base:
        application = await start(base)
        try:
            await _polling(application)
            return await _drive(base, updates, chats)
        finally:
            await application.updater.stop()  # type: ignore[union-attr]
            await application.stop()
            await application.shutdown()


def _our_bot(snapshot: Snapshot, data: Path, rate_limit: bool) -> Callable[[str],
                                                                          Awaitable[Application]]:
    async def start(base: str) -> Application:
        settings = Settings(token=TOKEN, base_url=f"{base}/bot", data_dir=data,
                            rate_limit=rate_limit, reload_interval=0.0)
        store = await open_store(data)
        application = build_application(settings, snapshot, store,
                                         Path(__file__).resolve().parent.parent.parent)
        await application.initialize()
        return application

    return start


async def _echo_bot(base: str) -> Application:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message is not None and update.message.text:
            await update.message.reply_text(update.message.text)

    application = (ApplicationBuilder().token(TOKEN).base_url(f"{base}/bot")
                   .concurrent_updates(True).build())
    application.add_handler(MessageHandler(filters.TEXT, echo))
    await application.initialize()
    return application


def telegram_throughput(snapshot: Snapshot, updates: int = 1000, chats: int = 200) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        ours, floor = [], []
        for round_ in range(2):  # alternated, so drift in the machine hits both alike
            (data / str(round_)).mkdir()
            ours.append(asyncio.run(_run(_our_bot(snapshot, data / str(round_), False),
                                         updates, chats)))
            floor.append(asyncio.run(_run(_echo_bot, updates, chats)))
        (data / "paced").mkdir()
        paced = asyncio.run(_run(_our_bot(snapshot, data / "paced", True), updates, chats))
    best, echo = max(ours), max(floor)
    return [f"end to end, rate limiter off: {updates} updates from {chats} chats, "
            f"{best:.0f} updates/s (runs: {', '.join(f'{x:.0f}' for x in ours)})",
            f"minimal echo bot, same stand-in: {echo:.0f} updates/s "
            f"(runs: {', '.join(f'{x:.0f}' for x in floor)}); ours = {best / echo:.2f}x",
            f"end to end, AIORateLimiter on: {updates} updates, {paced:.1f} updates/s sustained "
            "(Telegram allows about 30 messages/s)"]
