"""What the store hands back: plain frozen records, the same for every backend."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

OUTCOMES = ("answered", "suggested", "fallback", "urgent", "helpful", "unhelpful")


@dataclass(frozen=True)
class Preferences:
    lang: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Subscription:
    """A daily tip: to whom, at what hour (Vietnam time), in the language they used then."""

    user_id: int
    chat_id: int
    hour: int
    lang: str


@dataclass(frozen=True)
class TopicCounts:
    topic: str
    answered: int = 0
    suggested: int = 0
    fallback: int = 0
    urgent: int = 0
    helpful: int = 0
    unhelpful: int = 0


@dataclass(frozen=True)
class QuizRecord:
    """A quiz round in progress: which scenarios (by id), the answers so far, the poll that
    takes the next answer. `started` tells one round from a later one in the same chat."""

    user_id: int
    chat_id: int
    lang: str
    scenarios: tuple[str, ...]
    answers: tuple[int, ...]
    poll_id: str | None
    started: float


class Claim(Enum):
    """Whose an update is: this copy's to answer, already answered, or being answered by a copy
    that is still alive (wait for it)."""

    MINE = "mine"
    DONE = "done"
    BUSY = "busy"


class SchemaTooNew(Exception):
    """The database was migrated by a newer copy of the bot; the message says what to do."""
