"""A Bot that survives updates the library cannot read.

python-telegram-bot parses a whole getUpdates batch at once; one update it cannot parse (a
date that is not a number, a malformed chat) fails the batch, the offset never moves and every
later message, urgent ones too, goes unanswered, while the library logs the raw update with what
the person wrote. Here an unreadable update becomes an empty one with its id: the offset moves
on, no handler runs for it, and only its id and the error's class are logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import BaseRateLimiter, Defaults, ExtBot
from telegram.request import HTTPXRequest

from bot.telegram.settings import Settings

log = logging.getLogger(__name__)
POOL_SIZE = 16
TELEGRAM = "https://api.telegram.org/bot"


class ForgivingBot(ExtBot[Any]):
    """Also tells `on_sent` about every message it delivers (its chat and id, never its text),
    so /clear can delete the bot's side of a private chat."""

    def __init__(self, *args: Any, on_sent: Callable[[Message], None] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        object.__setattr__(self, "on_sent", on_sent)  # the library freezes its bots

    async def send_message(self, *args: Any, **kwargs: Any) -> Message:
        message = await super().send_message(*args, **kwargs)
        if self.on_sent is not None:
            self.on_sent(message)
        return message

    async def get_updates(self, offset: int | None = None, limit: int | None = None,
                          timeout: Any = None, allowed_updates: Sequence[str] | None = None,
                          **kwargs: Any) -> tuple[Update, ...]:
        try:
            return await super().get_updates(offset, limit, timeout, allowed_updates, **kwargs)
        except TelegramError:
            raise
        except Exception:  # a batch the library could not parse: read it again, one by one
            raw = await self._post("getUpdates", {"offset": offset, "limit": limit, "timeout": 0,
                                                  "allowed_updates": allowed_updates})
            return tuple(self.readable(item) for item in raw or ())

    def readable(self, item: Any) -> Update:
        """The update, or an empty one with its id when the library cannot read it."""
        try:
            update = Update.de_json(item, self)
            self.insert_callback_data(update)
            return update
        except Exception as exc:
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if not isinstance(update_id, int):
                raise
            log.warning("update %s could not be read (%s); skipped", update_id,
                        type(exc).__name__)
            return Update(update_id=update_id)


def make_bot(settings: Settings, rate_limiter: BaseRateLimiter[Any] | None,
             on_sent: Callable[[Message], None] | None = None) -> ForgivingBot:
    """Every text goes out as HTML (escaped where it is plain content) and never as a quote."""
    if not settings.token:
        raise ValueError("a token is needed to talk to Telegram")
    timeout = settings.timeout
    request = HTTPXRequest(connection_pool_size=POOL_SIZE, read_timeout=timeout,
                           write_timeout=timeout, connect_timeout=timeout, pool_timeout=timeout)
    polling = HTTPXRequest(connection_pool_size=1)
    defaults = Defaults(parse_mode=ParseMode.HTML, do_quote=False)
    return ForgivingBot(settings.token, base_url=settings.base_url or TELEGRAM, request=request,
                        get_updates_request=polling, rate_limiter=rate_limiter, on_sent=on_sent,
                        defaults=defaults)
