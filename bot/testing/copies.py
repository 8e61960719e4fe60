"""Several copies of the bot behind webhooks, and Telegram's side of them played as Telegram
plays it: each update POSTed with the secret header to one copy and, when that copy does not
answer 200, sent again to another. For the several-copies tests and `bench --copies`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bot.telegram.webhook import PATH, SECRET_HEADER
from bot.testing.ports import free_port

PROJECT = Path(__file__).resolve().parent.parent.parent
SECRET = "copies-secret"


@dataclass
class Copy:
    port: int
    process: asyncio.subprocess.Process
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    def kill(self) -> None:
        """SIGKILL: no goodbye, no flush, as when a machine dies."""
        if self.alive:
            self.process.send_signal(signal.SIGKILL)

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@dataclass
class Fleet:
    copies: list[Copy]
    acknowledged: int = 0
    redelivered: int = 0
    _next: int = 0
    client: httpx.AsyncClient = field(default_factory=lambda: httpx.AsyncClient(timeout=60))

    def alive(self) -> list[Copy]:
        return [c for c in self.copies if c.alive]

    async def deliver(self, update: Mapping[str, Any], first: Copy | None = None) -> None:
        """Until a copy acknowledges it, as Telegram retries a webhook (to whichever copy the
        load balancer picks next)."""
        target = first
        for _ in range(200):
            if target is None or not target.alive:
                alive = self.alive()
                if not alive:
                    raise RuntimeError("every copy is down")
                target = alive[self._next % len(alive)]
                self._next += 1
            try:
                answer = await self.client.post(f"{target.url}{PATH}", json=dict(update),
                                                headers={SECRET_HEADER: SECRET})
                if answer.status_code == 200:
                    self.acknowledged += 1
                    return
            except httpx.HTTPError:
                pass
            self.redelivered += 1
            target = None
            await asyncio.sleep(0.05)
        raise RuntimeError("an update was never acknowledged")

    async def stop(self) -> None:
        for copy in self.copies:
            if copy.alive:
                copy.process.send_signal(signal.SIGTERM)
        for copy in self.copies:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(copy.process.wait(), 30)
            copy.kill()
        await self.client.aclose()


def copy_env(token: str, base_url: str, data: Path, port: int, database_url: str | None,
             **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM", "WEBHOOK", "DATABASE"))}
    env.update({"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_BASE_URL": base_url,
                "DATA_DIR": str(data), "RELOAD_INTERVAL": "0", "REQUEST_TIMEOUT": "2",
                "PYTHONUNBUFFERED": "1", "WEBHOOK_URL": "https://bot.example.org/telegram",
                "WEBHOOK_SECRET": SECRET, "PORT": str(port), "LISTEN": "127.0.0.1",
                "RATE_LIMIT": "off", "LOG_LEVEL": "INFO", **extra})
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


async def start_copy(token: str, base_url: str, data: Path, database_url: str | None,
                     content: Path = PROJECT, polling: bool = False, **extra: str) -> Copy:
    port = free_port()
    data.mkdir(parents=True, exist_ok=True)
    log_path = data / f"copy-{port}.log"
    mode = [] if polling else ["--webhook"]
    with open(log_path, "wb") as log:
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(PROJECT / "bot.py"), "--content", str(content), *mode,
            env=copy_env(token, base_url, data, port, database_url, **extra),
            stdout=log, stderr=log)
    return Copy(port, process, log_path)


async def wait_healthy(copies: Sequence[Copy], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=2) as client:
        for copy in copies:
            while True:
                if not copy.alive:
                    raise RuntimeError(f"a copy ended at start:\n{copy.output()[-3000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(f"{copy.url}/healthz")).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"a copy did not start:\n{copy.output()[-3000:]}")
                await asyncio.sleep(0.1)


async def start_fleet(count: int, token: str, base_url: str, folder: Path,
                      database_url: str | None, content: Path = PROJECT, **extra: str) -> Fleet:
    copies = [await start_copy(token, base_url, folder / f"copy{n}", database_url, content,
                               **extra) for n in range(count)]
    fleet = Fleet(copies)
    try:
        await wait_healthy(copies)
    except BaseException:
        await fleet.stop()
        raise
    return fleet
