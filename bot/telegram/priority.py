"""Urgent updates first.

With many updates queued, python-telegram-bot starts each one in arrival order as a slot frees
(256 at once), and an ordinary reply holds its slot while it waits for its turn under Telegram's
send limit: a crisis message behind 2,000 ordinary ones would wait a minute before it is even
read. This processor lets an update that carries a crisis cue skip the slots; its reply then
takes the urgent lane (see delivery.py). Group chats are bounded: a few updates of one group at
a time, the surplus dropped, so 300 commands in a class group cannot hold every slot.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 32
# A group's flood is answered a few at a time and the rest dropped, and all groups together
# never hold more than half the slots: private chats, where children write, always get a turn.
MAX_PER_GROUP = 3
MAX_GROUPS_TOTAL = MAX_CONCURRENT // 2
_GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)


class UrgentFirst(BaseUpdateProcessor):
    def __init__(self, is_urgent: Callable[[str], bool],
                 max_concurrent: int = MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent)
        self.is_urgent = is_urgent
        self.in_groups: dict[int, int] = {}
        self.dropped = 0

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if isinstance(update, Update) and self._urgent(update):
            await self.do_process_update(update, coroutine)
            return
        chat = update.effective_chat if isinstance(update, Update) else None
        # A press is answered at once (no group send limit applies); only messages queue.
        press = isinstance(update, Update) and update.callback_query is not None
        if chat is None or chat.type not in _GROUPS or press:
            await super().process_update(update, coroutine)
            return
        busy = self.in_groups.get(chat.id, 0)
        if busy >= MAX_PER_GROUP or sum(self.in_groups.values()) >= MAX_GROUPS_TOTAL:
            self.dropped += 1
            close = getattr(coroutine, "close", None)
            if close is not None:
                close()  # never started: nothing to answer, nothing left waiting
            return
        self.in_groups[chat.id] = busy + 1
        try:
            await super().process_update(update, coroutine)
        finally:
            left = self.in_groups.pop(chat.id, 1) - 1
            if left:
                self.in_groups[chat.id] = left

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
