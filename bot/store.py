"""SQLite for the little the bot keeps: each user's language and role, daily counts per topic,
and (only when a moderator turned it on) redacted unanswered questions without any user id.

No message text by default, no names, nothing else about a person. A shell's concern, never
the core's.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS preferences (
    user_id INTEGER PRIMARY KEY,
    lang TEXT,
    role TEXT
);
CREATE TABLE IF NOT EXISTS daily_counts (
    day TEXT NOT NULL,
    topic TEXT NOT NULL,
    outcome TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, topic, outcome)
);
CREATE TABLE IF NOT EXISTS subscriptions (
    user_id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    lang TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    voter TEXT NOT NULL,
    message TEXT NOT NULL,
    day TEXT NOT NULL,
    topic TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    PRIMARY KEY (voter, message)
);
CREATE TABLE IF NOT EXISTS recent_messages (
    user_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS handled_updates (
    update_id INTEGER PRIMARY KEY,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    text TEXT NOT NULL
);
"""
UPDATE_MEMORY = 24 * 3600.0
MAX_HANDLED_IN_MEMORY = 200_000
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


class Store:
    """One connection, used from the event loop thread only; every write is one statement."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)
        self.pending: Counter[tuple[str, str, str]] = Counter()
        self.pending_messages: list[tuple[int, int, int, float]] = []
        self.pending_updates: list[tuple[int, float]] = []
        since = time.time() - UPDATE_MEMORY
        self.handled_ids: dict[int, None] = dict.fromkeys(
            row[0] for row in self.db.execute(
                "SELECT update_id FROM handled_updates WHERE at >= ? ORDER BY at", (since,)))

    def first_time(self, update_id: int) -> bool:
        """False for an update already handled (Telegram delivers again what it was not sure
        arrived). Remembered a day, in memory and in the store, so a restart does not answer
        twice either; written with the counts, never one write per update."""
        if update_id in self.handled_ids:
            return False
        self.handled_ids[update_id] = None
        if len(self.handled_ids) > MAX_HANDLED_IN_MEMORY:
            for old in list(self.handled_ids)[: MAX_HANDLED_IN_MEMORY // 2]:
                del self.handled_ids[old]
        self.pending_updates.append((update_id, time.time()))
        return True

    def preferences(self, user_id: int) -> Preferences:
        row = self.db.execute("SELECT lang, role FROM preferences WHERE user_id = ?",
                              (user_id,)).fetchone()
        return Preferences(*row) if row else Preferences()

    def set_lang(self, user_id: int, lang: str) -> None:
        self.db.execute("INSERT INTO preferences (user_id, lang) VALUES (?, ?) "
                        "ON CONFLICT(user_id) DO UPDATE SET lang = excluded.lang",
                        (user_id, lang))

    def set_role(self, user_id: int, role: str) -> None:
        self.db.execute("INSERT INTO preferences (user_id, role) VALUES (?, ?) "
                        "ON CONFLICT(user_id) DO UPDATE SET role = excluded.role",
                        (user_id, role))

    def vote(self, day: date, topic: str, user_id: int, message: str, helpful: bool) -> bool:
        """One 👍 or 👎 per person and answer message; a second press changes the vote. Who
        voted is kept only as a salted hash, and only until the next purge; True when the
        counts changed."""
        voter = self._voter(user_id)
        row = self.db.execute("SELECT helpful FROM votes WHERE voter = ? AND message = ?",
                              (voter, message)).fetchone()
        if row is not None and bool(row[0]) == helpful:
            return False
        if row is not None:
            self.count(day, topic, "helpful" if row[0] else "unhelpful", -1)
        self.db.execute("INSERT INTO votes (voter, message, day, topic, helpful) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(voter, message) DO UPDATE SET "
                        "helpful = excluded.helpful",
                        (voter, message, day.isoformat(), topic, int(helpful)))
        self.count(day, topic, "helpful" if helpful else "unhelpful")
        return True

    def remember_message(self, user_id: int, chat_id: int, message_id: int, at: float) -> None:
        """A message id of a private chat, for /clear: never its text. Kept in memory until the
        next flush, like the counts."""
        self.pending_messages.append((user_id, chat_id, message_id, at))

    def recent_messages(self, chat_id: int, since: float) -> list[int]:
        self.flush()
        return [row[0] for row in self.db.execute(
            "SELECT message_id FROM recent_messages WHERE chat_id = ? AND at >= ? "
            "ORDER BY message_id", (chat_id, since))]

    def drop_messages(self, chat_id: int) -> None:
        self.flush()
        self.db.execute("DELETE FROM recent_messages WHERE chat_id = ?", (chat_id,))

    def drop_messages_before(self, oldest: float) -> int:
        self.flush()
        return self.db.execute("DELETE FROM recent_messages WHERE at < ?", (oldest,)).rowcount

    def _voter(self, user_id: int) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row is None:
            self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)",
                            (secrets.token_hex(16),))
            row = self.db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        return hashlib.sha256(f"{row[0]}:{user_id}".encode()).hexdigest()[:20]

    def forget(self, user_id: int) -> int:
        """Every row that names this user; returns how many were deleted."""
        self.flush()
        deleted = self.db.execute("DELETE FROM votes WHERE voter = ?",
                                  (self._voter(user_id),)).rowcount
        for table in self.user_tables():
            deleted += self.db.execute(f"DELETE FROM {table} WHERE user_id = ?",
                                       (user_id,)).rowcount
        return deleted

    def user_tables(self) -> list[str]:
        """Tables with a user_id column, found from the schema so a new one cannot be missed."""
        tables = [row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [t for t in tables
                if any(col[1] == "user_id" for col in self.db.execute(f"PRAGMA table_info({t})"))]

    def subscribe(self, sub: Subscription) -> None:
        self.db.execute("INSERT INTO subscriptions (user_id, chat_id, hour, lang) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                        "chat_id = excluded.chat_id, hour = excluded.hour, lang = excluded.lang",
                        (sub.user_id, sub.chat_id, sub.hour, sub.lang))

    def unsubscribe(self, user_id: int) -> bool:
        return self.db.execute("DELETE FROM subscriptions WHERE user_id = ?",
                               (user_id,)).rowcount > 0

    def subscriptions_of(self, user_id: int) -> list[Subscription]:
        return [Subscription(*row) for row in self.db.execute(
            "SELECT user_id, chat_id, hour, lang FROM subscriptions WHERE user_id = ?",
            (user_id,))]

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(*row) for row in
                self.db.execute("SELECT user_id, chat_id, hour, lang FROM subscriptions")]

    def count(self, day: date, topic: str | None, outcome: str, change: int = 1) -> None:
        """Counted in memory; `flush` writes them (every few seconds, before a read, at close),
        so a message costs no disk write on the event loop."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.pending[day.isoformat(), topic or "", outcome] += change

    def flush(self) -> int:
        """Write the counts and message ids kept in memory, in one transaction; returns how
        many rows."""
        rows = [(*key, max(n, 0), n) for key, n in self.pending.items() if n]
        messages, updates = self.pending_messages, self.pending_updates
        if not rows and not messages and not updates:
            return 0
        self.pending.clear()
        self.pending_messages, self.pending_updates = [], []
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO daily_counts (day, topic, outcome, count) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(day, topic, outcome) DO UPDATE SET count = count + ?", rows)
            self.db.executemany(
                "INSERT OR IGNORE INTO recent_messages (user_id, chat_id, message_id, at) "
                "VALUES (?, ?, ?, ?)", messages)
            self.db.executemany(
                "INSERT OR IGNORE INTO handled_updates (update_id, at) VALUES (?, ?)", updates)
        return len(rows) + len(messages) + len(updates)

    def counts_since(self, first_day: date) -> list[TopicCounts]:
        """Per topic, summed from first_day on; the most asked first."""
        self.flush()
        totals: dict[str, dict[str, int]] = {}
        for topic, outcome, count in self.db.execute(
                "SELECT topic, outcome, SUM(count) FROM daily_counts WHERE day >= ? "
                "GROUP BY topic, outcome", (first_day.isoformat(),)):
            totals.setdefault(topic, {})[outcome] = count
        rows = [TopicCounts(topic, **values) for topic, values in totals.items()]
        return sorted(rows, key=lambda r: (-(r.answered + r.urgent + r.fallback), r.topic))

    def daily_totals(self, first_day: date) -> list[tuple[date, tuple[int, int, int, int]]]:
        """Per day from first_day: (answered, suggested, fallback, urgent), all topics."""
        self.flush()
        days: dict[str, list[int]] = {}
        order = ("answered", "suggested", "fallback", "urgent")
        for day, outcome, count in self.db.execute(
                "SELECT day, outcome, SUM(count) FROM daily_counts WHERE day >= ? "
                "GROUP BY day, outcome ORDER BY day", (first_day.isoformat(),)):
            if outcome in order:
                days.setdefault(day, [0, 0, 0, 0])[order.index(outcome)] += count
        return [(date.fromisoformat(d), (v[0], v[1], v[2], v[3])) for d, v in days.items()]

    def keep_unanswered(self, day: date, redacted_text: str) -> None:
        self.db.execute("INSERT INTO unanswered (day, text) VALUES (?, ?)",
                        (day.isoformat(), redacted_text))

    def unanswered(self) -> list[tuple[date, str]]:
        return [(date.fromisoformat(day), text) for day, text in
                self.db.execute("SELECT day, text FROM unanswered ORDER BY id")]

    def purge(self, today: date, retention_days: int) -> int:
        """Unanswered questions older than the retention limit; returns how many went."""
        oldest = (today - timedelta(days=retention_days)).isoformat()
        self.db.execute("DELETE FROM votes WHERE day < ?", (today.isoformat(),))
        self.db.execute("DELETE FROM handled_updates WHERE at < ?",
                        (time.time() - UPDATE_MEMORY,))
        return self.db.execute("DELETE FROM unanswered WHERE day < ?", (oldest,)).rowcount

    def close(self) -> None:
        self.flush()
        self.db.close()
