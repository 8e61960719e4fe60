"""SQLite for the little the bot keeps: each user's language and role, and 👍/👎 counts per
topic. No message text, no names, nothing else about a person (a shell's concern, never the
core's)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS preferences (
    user_id INTEGER PRIMARY KEY,
    lang TEXT,
    role TEXT
);
CREATE TABLE IF NOT EXISTS feedback (
    topic TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (topic, helpful)
);
"""


@dataclass(frozen=True)
class Preferences:
    lang: str | None = None
    role: str | None = None


class Store:
    """One connection, used from the event loop thread only; every write is one statement."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

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

    def count_feedback(self, topic: str, helpful: bool) -> None:
        self.db.execute("INSERT INTO feedback (topic, helpful, count) VALUES (?, ?, 1) "
                        "ON CONFLICT(topic, helpful) DO UPDATE SET count = count + 1",
                        (topic, int(helpful)))

    def feedback(self) -> dict[str, tuple[int, int]]:
        """Per topic: (helpful, not helpful)."""
        out: dict[str, list[int]] = {}
        for topic, helpful, count in self.db.execute("SELECT topic, helpful, count FROM feedback"):
            out.setdefault(topic, [0, 0])[0 if helpful else 1] += count
        return {topic: (up, down) for topic, (up, down) in out.items()}

    def close(self) -> None:
        self.db.close()
