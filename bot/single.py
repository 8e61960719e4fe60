"""One bot per DATA_DIR. Two copies on one data folder would answer every message twice and
send every tip twice; a lock the operating system releases when the process ends, however it
ends, keeps the second copy from starting."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO


class AlreadyRunning(Exception):
    """Another process holds the lock; the message says which folder."""


def hold_lock(data_dir: Path) -> IO[str]:
    """Lock DATA_DIR/bot.lock for as long as the returned file stays open."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = open(data_dir / "bot.lock", "a+", encoding="utf-8")  # noqa: SIM115
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise AlreadyRunning(
            f"another copy of the bot is already running with DATA_DIR={data_dir}; stop it "
            "first, or give this copy its own DATA_DIR (one bot per data folder)") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle
