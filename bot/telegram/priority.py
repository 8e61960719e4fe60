"""Urgent updates first.

With many updates queued, python-telegram-bot starts each one in arrival order as a slot frees
(256 at once), and an ordinary reply holds its slot while it waits for its turn under Telegram's
send limit: a crisis message behind 2,000 ordinary ones would wait a minute before it is even
read. This processor lets an update that carries a crisis cue skip the slots; its reply then
takes the urgent lane (see delivery.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 32


class UrgentFirst(BaseUpdateProcessor):
    def __init__(self, is_urgent: Callable[[str], bool],
                 max_concurrent: int = MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent)
        self.is_urgent = is_urgent

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if isinstance(update, Update) and self._urgent(update):
            await self.do_process_update(update, coroutine)
            return
        await super().process_update(update, coroutine)

    def _urgent(self, update: Update) -> bool:
        message = update.effective_message
        text = message.text or message.caption if message is not None else None
        return bool(text) and self.is_urgent(text)  # type: ignore[arg-type]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
