"""Getting every reply out, even when the Bot API stumbles, urgent ones first.

AIORateLimiter paces requests and retries flood-control answers (429). This wrapper adds:
- retries of what certainly did not reach Telegram (connection errors, 429, 5xx), with a growing
  back-off; answers that will never succeed (400, 403) are not retried;
- after a read timeout the message may well have arrived: an ordinary reply is not sent again
  (at most once), an urgent one is (at least once: a second copy beats no 111);
- a lane of its own for urgent replies (`rate_limit_args={"urgent": True}`): they skip the queue
  of ordinary replies, within a budget that keeps the total under Telegram's 30 messages a
  second.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
Result = bool | dict[str, Any] | list[dict[str, Any]]
URGENT: dict[str, bool] = {"urgent": True}
ORDINARY_RATE = 25  # messages a second through AIORateLimiter; the rest is the urgent lane
URGENT_RATE = 5
SENDS = frozenset({"sendMessage", "sendPoll", "editMessageText", "copyMessage"})


class RetryingLimiter(BaseRateLimiter[dict[str, bool]]):
    def __init__(self, inner: BaseRateLimiter[Any] | None, attempts: int = 4,
                 backoff: float = 0.5, max_wait: float = 30.0) -> None:
        self.inner = inner
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_wait = max_wait
        self.urgent_lane = AsyncLimiter(URGENT_RATE, 1)

    async def initialize(self) -> None:
        if self.inner is not None:
            await self.inner.initialize()

    async def shutdown(self) -> None:
        if self.inner is not None:
            await self.inner.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, bool] | None,
    ) -> Result:
        urgent = bool(rate_limit_args and rate_limit_args.get("urgent"))
        attempts = self.attempts * 2 if urgent else self.attempts
        for attempt in range(1, attempts + 1):
            try:
                if urgent and self.inner is not None:
                    async with self.urgent_lane:
                        return await callback(*args, **kwargs)
                if self.inner is not None:
                    return await self.inner.process_request(callback, args, kwargs, endpoint,
                                                            data, None)
                return await callback(*args, **kwargs)
            except BadRequest:
                raise
            except RetryAfter as exc:
                if attempt == attempts:
                    raise
                wait = min(self.max_wait, _seconds(exc))
                log.warning("%s: flood control, retrying in %.1f s", endpoint, wait)
            except NetworkError as exc:
                once = endpoint in SENDS and not urgent and _maybe_arrived(exc)
                if attempt == attempts or once:
                    raise
                wait = min(self.max_wait, self.backoff * 2 ** (attempt - 1))
                log.warning("%s failed (%s), retry %d in %.1f s", endpoint, type(exc).__name__,
                            attempt, wait)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")


def _maybe_arrived(error: NetworkError) -> bool:
    """A request that was sent but whose answer never came may have been carried out."""
    return isinstance(error, TimedOut) and isinstance(
        error.__cause__, httpx.ReadTimeout | httpx.WriteTimeout | httpx.RemoteProtocolError)


def _seconds(error: RetryAfter) -> float:
    value: object = error._retry_after  # the public property warns in 22.x
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)  # type: ignore[arg-type]
