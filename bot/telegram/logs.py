"""Logging that never shows the bot token and never shows what people wrote."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TextIO

from telegram.error import InvalidToken

REDACTED = "[token]"


class RedactSecrets(logging.Filter):
    """Replaces each secret wherever it appears in a record's final text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, REDACTED)
            record.msg, record.args = message, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            for secret in self.secrets:
                text = text.replace(secret, REDACTED)
            record.exc_info, record.exc_text = None, text
        return True


class WithoutRawUpdates(logging.Filter):
    """python-telegram-bot logs a whole batch of updates it could not parse, with what people
    wrote; the batch is read again one by one and the bad update skipped, by id."""

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith(("Error while parsing updates",
                                       "Something went wrong processing the data")):
            record.msg, record.args = "an update batch could not be parsed; reading it again", None
            record.exc_info, record.exc_text, record.levelno = None, None, logging.WARNING
            record.levelname = "WARNING"
        return True


class WithoutRejectedToken(logging.Filter):
    """A rejected token ends the bot with one line of our own; the library's traceback of it
    would only bury that line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, InvalidToken)


def setup_logging(level: str, secrets: Iterable[str], stream: TextIO | None = None) -> None:
    """Root logging with the secret filter on the handler, so every logger is covered.

    httpx logs each request URL (which holds the token) at INFO, so it is held to WARNING; the
    library logs whole updates (what people wrote) at DEBUG, so it is held to INFO even when
    LOG_LEVEL=DEBUG.
    """
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(WithoutRawUpdates())
    handler.addFilter(WithoutRejectedToken())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for chatty in ("telegram", "tornado", "asyncio"):
        logging.getLogger(chatty).setLevel(max(logging.INFO, root.level))
