"""The store's behaviour, written once in SQL both backends speak; each backend supplies how a
statement runs. Counts and message ids (and, on SQLite, handled update ids) are gathered in
memory and written together by `flush`, so an ordinary message costs no write on the reply's
path."""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, timedelta
from typing import Any

from bot.store.records import (
    OUTCOMES,
    Claim,
    Preferences,
    QuizRecord,
    Subscription,
    TopicCounts,
)

log = logging.getLogger(__name__)
UPDATE_MEMORY = 24 * 3600.0
TIP_MEMORY = 3 * 24 * 3600.0
MAX_PENDING = 50_000

Row = tuple[Any, ...]
_ROUND = "user_id, chat_id, lang, scenarios, answers, poll_id, started"
Batch = list[tuple[str, Sequence[Sequence[Any]]]]


class Store(ABC):
    """Everything the bot keeps, behind one interface. Reads that fail give what a new user
    would get; see each backend for what happens to writes when the database is away."""

    kind = "store"

    def __init__(self) -> None:
        self.pending: Counter[tuple[str, str, str]] = Counter()
        self.pending_messages: list[tuple[int, int, int, float]] = []
        self._salt: str | None = None

    # -- what a backend supplies
    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """The rows of one statement (`?` placeholders); [] when the database is away."""

    @abstractmethod
    async def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One write; the rows it touched, 0 when the database is away."""

    @abstractmethod
    async def _batch(self, batch: Batch) -> bool:
        """Several statements in one transaction; False when it did not happen."""

    @abstractmethod
    async def user_tables(self) -> list[str]:
        """Tables with a user_id column, from the schema so a new one cannot be missed."""

    @abstractmethod
    async def claim_update(self, update_id: int) -> Claim:
        """Whether this copy answers the update (see Claim)."""

    @abstractmethod
    async def finish_update(self, update_id: int) -> None:
        """The update was answered: a copy that receives it again leaves it."""

    async def lead(self, role: str) -> bool:
        """True while this copy is the one doing `role` ("tips", "polling"); one copy alone
        always is."""
        return True

    async def announce_reload(self) -> None:
        """Tell the other copies the content changed (nothing to tell when alone)."""
        return None

    def listen_for_reloads(self, on_reload: Callable[[], Awaitable[None]]) -> None:
        """Call on_reload when another copy announces a reload (none when alone)."""
        return None

    async def close(self) -> None:
        await self.flush()

    # -- preferences
    async def preferences(self, user_id: int) -> Preferences:
        rows = await self._rows("SELECT lang, role FROM preferences WHERE user_id = ?",
                                (user_id,))
        return Preferences(*rows[0]) if rows else Preferences()

    async def set_lang(self, user_id: int, lang: str) -> None:
        await self._run("INSERT INTO preferences (user_id, lang) VALUES (?, ?) "
                        "ON CONFLICT(user_id) DO UPDATE SET lang = excluded.lang",
                        (user_id, lang))

    async def set_role(self, user_id: int, role: str) -> None:
        await self._run("INSERT INTO preferences (user_id, role) VALUES (?, ?) "
                        "ON CONFLICT(user_id) DO UPDATE SET role = excluded.role",
                        (user_id, role))

    # -- votes
    async def vote(self, day: date, topic: str, user_id: int, message: str,
                   helpful: bool) -> bool:
        """One 👍 or 👎 per person and answer message; a second press changes the vote. Who
        voted is kept only as a salted hash, and only until the next purge; True when the
        counts changed."""
        voter = await self._voter(user_id)
        rows = await self._rows("SELECT helpful FROM votes WHERE voter = ? AND message = ?",
                                (voter, message))
        if rows and bool(rows[0][0]) == helpful:
            return False
        if rows:
            self.count(day, topic, "helpful" if rows[0][0] else "unhelpful", -1)
        await self._run("INSERT INTO votes (voter, message, day, topic, helpful) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(voter, message) DO UPDATE SET "
                        "helpful = excluded.helpful",
                        (voter, message, day.isoformat(), topic, int(helpful)))
        self.count(day, topic, "helpful" if helpful else "unhelpful")
        return True

    async def _voter(self, user_id: int) -> str:
        if self._salt is None:
            await self._run("INSERT INTO meta (key, value) VALUES ('salt', ?) "
                            "ON CONFLICT(key) DO NOTHING", (secrets.token_hex(16),))
            rows = await self._rows("SELECT value FROM meta WHERE key = 'salt'")
            if not rows:
                return hashlib.sha256(f"unsalted:{user_id}".encode()).hexdigest()[:20]
            self._salt = str(rows[0][0])
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:20]

    # -- /clear
    def remember_message(self, user_id: int, chat_id: int, message_id: int, at: float) -> None:
        """A message id of a private chat, for /clear: never its text. Kept in memory until the
        next flush, like the counts."""
        if len(self.pending_messages) < MAX_PENDING:
            self.pending_messages.append((user_id, chat_id, message_id, at))

    async def recent_messages(self, chat_id: int, since: float) -> list[int]:
        await self.flush()
        return [int(row[0]) for row in await self._rows(
            "SELECT message_id FROM recent_messages WHERE chat_id = ? AND at >= ? "
            "ORDER BY message_id", (chat_id, since))]

    async def drop_messages(self, chat_id: int) -> None:
        await self.flush()
        await self._run("DELETE FROM recent_messages WHERE chat_id = ?", (chat_id,))

    async def drop_messages_before(self, oldest: float) -> int:
        await self.flush()
        return await self._run("DELETE FROM recent_messages WHERE at < ?", (oldest,))

    # -- /forget
    async def forget(self, user_id: int) -> int:
        """Every row that names this user; returns how many were deleted."""
        await self.flush()
        deleted = await self._run("DELETE FROM votes WHERE voter = ?",
                                  (await self._voter(user_id),))
        for table in await self.user_tables():
            deleted += await self._run(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
        return deleted

    # -- tips
    async def subscribe(self, sub: Subscription) -> None:
        await self._run("INSERT INTO subscriptions (user_id, chat_id, hour, lang) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                        "chat_id = excluded.chat_id, hour = excluded.hour, lang = excluded.lang",
                        (sub.user_id, sub.chat_id, sub.hour, sub.lang))

    async def unsubscribe(self, user_id: int) -> bool:
        return await self._run("DELETE FROM subscriptions WHERE user_id = ?", (user_id,)) > 0

    async def subscriptions_of(self, user_id: int) -> list[Subscription]:
        return [Subscription(*row) for row in await self._rows(
            "SELECT user_id, chat_id, hour, lang FROM subscriptions WHERE user_id = ?",
            (user_id,))]

    async def subscriptions(self) -> list[Subscription]:
        return [Subscription(*row) for row in await self._rows(
            "SELECT user_id, chat_id, hour, lang FROM subscriptions ORDER BY user_id")]

    async def due_tips(self, slot: str, hour: int | None = None) -> list[Subscription]:
        """Subscribers (at this hour, when given) with no tip recorded for this slot yet."""
        at_hour = " AND s.hour = ?" if hour is not None else ""
        return [Subscription(*row) for row in await self._rows(
            "SELECT s.user_id, s.chat_id, s.hour, s.lang FROM subscriptions s WHERE NOT EXISTS "
            "(SELECT 1 FROM tips_sent t WHERE t.user_id = s.user_id AND t.slot = ?)"
            f"{at_hour} ORDER BY s.user_id", (slot, *(() if hour is None else (hour,))))]

    async def claim_tip(self, user_id: int, slot: str) -> bool:
        """Record the tip of this slot (a day, or an interval) before it is sent: True for the
        one caller that records it, so a copy taking over never sends it again."""
        return await self._run("INSERT INTO tips_sent (user_id, slot, at) VALUES (?, ?, ?) "
                               "ON CONFLICT(user_id, slot) DO NOTHING",
                               (user_id, slot, time.time())) > 0

    # -- quiz rounds
    async def start_round(self, user_id: int, chat_id: int, lang: str,
                          scenarios: Sequence[str], started: float) -> None:
        """A new round replaces the one this person had in this chat."""
        await self._run("INSERT INTO quiz_rounds (user_id, chat_id, lang, scenarios, answers, "
                        "poll_id, started) VALUES (?, ?, ?, ?, '', NULL, ?) "
                        "ON CONFLICT(user_id, chat_id) DO UPDATE SET lang = excluded.lang, "
                        "scenarios = excluded.scenarios, answers = '', poll_id = NULL, "
                        "started = excluded.started",
                        (user_id, chat_id, lang, ",".join(scenarios), started))

    async def quiz_round(self, user_id: int, chat_id: int) -> QuizRecord | None:
        rows = await self._rows(f"SELECT {_ROUND} FROM quiz_rounds "
                                "WHERE user_id = ? AND chat_id = ?", (user_id, chat_id))
        return _round(rows[0]) if rows else None

    async def set_round_poll(self, record: QuizRecord, poll_id: str) -> None:
        """Only for the round the poll was sent for: a round started again meanwhile keeps
        its own poll."""
        await self._run("UPDATE quiz_rounds SET poll_id = ? WHERE user_id = ? AND chat_id = ? "
                        "AND started = ?",
                        (poll_id, record.user_id, record.chat_id, record.started))

    async def answer_round(self, poll_id: str, user_id: int, option: int) -> QuizRecord | None:
        """The player's answer to their round's live poll, recorded once (one statement, so
        the same answer delivered to two copies moves the round once); None for anyone
        else's vote or a poll no longer live."""
        rows = await self._rows(f"UPDATE quiz_rounds SET answers = answers || ?, poll_id = NULL "
                                f"WHERE poll_id = ? AND user_id = ? RETURNING {_ROUND}",
                                (f"{option},", poll_id, user_id))
        return _round(rows[0]) if rows else None

    async def end_round(self, user_id: int, chat_id: int) -> None:
        await self._run("DELETE FROM quiz_rounds WHERE user_id = ? AND chat_id = ?",
                        (user_id, chat_id))

    async def prune_rounds(self, started_before: float) -> int:
        return await self._run("DELETE FROM quiz_rounds WHERE started < ?", (started_before,))

    # -- counts
    def count(self, day: date, topic: str | None, outcome: str, change: int = 1) -> None:
        """Counted in memory; `flush` writes them (every few seconds, before a read, at close),
        so a message costs no write on the event loop."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.pending[day.isoformat(), topic or "", outcome] += change

    async def flush(self) -> int:
        """Write what was gathered in memory in one transaction; returns how many rows. When
        the database is away it stays in memory (bounded) for the next flush."""
        rows = [(*key, max(n, 0), n) for key, n in self.pending.items() if n]
        messages, own = self.pending_messages, self._own_pending()
        if not rows and not messages and not own:
            return 0
        pending = self.pending.copy()
        self.pending.clear()
        self.pending_messages = []
        written = await self._batch([
            ("INSERT INTO daily_counts (day, topic, outcome, count) VALUES (?, ?, ?, ?)"
             " ON CONFLICT(day, topic, outcome) DO UPDATE SET"
             " count = daily_counts.count + ?", rows),
            ("INSERT INTO recent_messages (user_id, chat_id, message_id, at) "
             "VALUES (?, ?, ?, ?) ON CONFLICT(chat_id, message_id) DO NOTHING", messages),
            *own])
        if not written:
            self.pending.update(pending)
            self.pending_messages = (messages + self.pending_messages)[:MAX_PENDING]
            return 0
        return len(rows) + len(messages) + sum(len(values) for _, values in own)

    def _own_pending(self) -> Batch:
        """A backend's own rows gathered in memory, taken for this flush."""
        return []

    async def counts_since(self, first_day: date) -> list[TopicCounts]:
        """Per topic, summed from first_day on; the most asked first."""
        await self.flush()
        totals: dict[str, dict[str, int]] = {}
        for topic, outcome, count in await self._rows(
                "SELECT topic, outcome, SUM(count) FROM daily_counts WHERE day >= ? "
                "GROUP BY topic, outcome", (first_day.isoformat(),)):
            totals.setdefault(topic, {})[outcome] = int(count)
        rows = [TopicCounts(topic, **values) for topic, values in totals.items()]
        return sorted(rows, key=lambda r: (-(r.answered + r.urgent + r.fallback), r.topic))

    async def daily_totals(self, first_day: date
                           ) -> list[tuple[date, tuple[int, int, int, int]]]:
        """Per day from first_day: (answered, suggested, fallback, urgent), all topics."""
        await self.flush()
        days: dict[str, list[int]] = {}
        order = ("answered", "suggested", "fallback", "urgent")
        for day, outcome, count in await self._rows(
                "SELECT day, outcome, SUM(count) FROM daily_counts WHERE day >= ? "
                "GROUP BY day, outcome ORDER BY day", (first_day.isoformat(),)):
            if outcome in order:
                days.setdefault(day, [0, 0, 0, 0])[order.index(outcome)] += int(count)
        return [(date.fromisoformat(d), (v[0], v[1], v[2], v[3])) for d, v in days.items()]

    # -- unanswered questions (only when a moderator turned that on)
    async def keep_unanswered(self, day: date, redacted_text: str) -> None:
        await self._run("INSERT INTO unanswered (day, text) VALUES (?, ?)",
                        (day.isoformat(), redacted_text))

    async def unanswered(self, limit: int | None = None) -> list[tuple[date, str]]:
        """Oldest first; with a limit, the latest `limit` of them."""
        if limit is None:
            rows = await self._rows("SELECT day, text FROM unanswered ORDER BY id")
        else:
            rows = list(reversed(await self._rows(
                "SELECT day, text FROM unanswered ORDER BY id DESC LIMIT ?", (limit,))))
        return [(date.fromisoformat(day), text) for day, text in rows]

    async def purge(self, today: date, retention_days: int) -> int:
        """Unanswered questions older than the retention limit; returns how many went."""
        oldest = (today - timedelta(days=retention_days)).isoformat()
        await self._run("DELETE FROM votes WHERE day < ?", (today.isoformat(),))
        await self._run("DELETE FROM handled_updates WHERE at < ?",
                        (time.time() - UPDATE_MEMORY,))
        await self._run("DELETE FROM tips_sent WHERE at < ?", (time.time() - TIP_MEMORY,))
        return await self._run("DELETE FROM unanswered WHERE day < ?", (oldest,))


def _round(row: Row) -> QuizRecord:
    user_id, chat_id, lang, scenarios, answers, poll_id, started = row
    return QuizRecord(int(user_id), int(chat_id), str(lang),
                      tuple(s for s in str(scenarios).split(",") if s),
                      tuple(int(a) for a in str(answers).split(",") if a),
                      poll_id, float(started))
