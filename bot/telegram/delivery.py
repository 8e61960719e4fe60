"""Getting every reply out, even when the Bot API stumbles.

AIORateLimiter paces requests and retries flood-control answers (429); a 500 or a request that
timed out would still lose the reply a worried parent is waiting for. This wrapper retries those
a few times with a short back-off, and gives up on answers that will never succeed (400, 403).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
Result = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingLimiter(BaseRateLimiter[None]):
    def __init__(self, inner: BaseRateLimiter[Any] | None, attempts: int = 4,
                 backoff: float = 0.5, max_wait: float = 30.0) -> None:
        self.inner = inner
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_wait = max_wait

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
        rate_limit_args: None,
    ) -> Result:
        for attempt in range(1, self.attempts + 1):
            try:
                if self.inner is not None:
                    return await self.inner.process_request(callback, args, kwargs, endpoint,
                                                            data, rate_limit_args)
                return await callback(*args, **kwargs)
            except BadRequest:
                raise
            except RetryAfter as exc:
                if attempt == self.attempts:
                    raise
                wait = min(self.max_wait, _seconds(exc))
                log.warning("%s: flood control, retrying in %.1f s", endpoint, wait)
            except NetworkError as exc:
                if attempt == self.attempts:
                    raise
                wait = min(self.max_wait, self.backoff * 2 ** (attempt - 1))
                log.warning("%s failed (%s), retry %d in %.1f s", endpoint, type(exc).__name__,
                            attempt, wait)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")


def _seconds(error: RetryAfter) -> float:
    value: object = error._retry_after  # the public property warns in 22.x
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)  # type: ignore[arg-type]
