"""SQLite, the embedded default: one file in DATA_DIR, nothing to set up, one copy of the bot.

Statements run on the event loop: each is one local write of a few rows, well under a
millisecond, and the frequent ones (counts, message ids, update ids) are batched by `flush`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.store import schema
from bot.store.base import MAX_PENDING, UPDATE_MEMORY, Batch, Row, Store
from bot.store.records import Claim, SchemaTooNew

MAX_HANDLED_IN_MEMORY = 200_000


class SqliteStore(Store):
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        super().__init__()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        migrate(self.db, path)
        self.pending_updates: list[tuple[int, float]] = []
        since = time.time() - UPDATE_MEMORY
        # Handled update ids live in memory (one copy answers everything) and are written with
        # the counts: a restart does not answer twice, and no update costs a write of its own.
        self.handled: dict[int, bool] = dict.fromkeys(
            (row[0] for row in self.db.execute(
                "SELECT update_id FROM handled_updates WHERE at >= ? ORDER BY at", (since,))),
            True)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.db.execute(sql, params).fetchall()

    async def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.db.execute(sql, params).rowcount

    async def _batch(self, batch: Batch) -> bool:
        with self.db:
            self.db.execute("BEGIN")
            for sql, rows in batch:
                if rows:
                    self.db.executemany(sql, rows)
        return True

    async def user_tables(self) -> list[str]:
        tables = [row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [t for t in tables
                if any(col[1] == "user_id" for col in self.db.execute(f"PRAGMA table_info({t})"))]

    async def claim_update(self, update_id: int) -> Claim:
        state = self.handled.get(update_id)
        if state is not None:
            return Claim.DONE if state else Claim.BUSY
        self.handled[update_id] = False
        if len(self.handled) > MAX_HANDLED_IN_MEMORY:
            for old in list(self.handled)[: MAX_HANDLED_IN_MEMORY // 2]:
                del self.handled[old]
        if len(self.pending_updates) < MAX_PENDING:
            self.pending_updates.append((update_id, time.time()))
        return Claim.MINE

    async def finish_update(self, update_id: int) -> None:
        if update_id in self.handled:
            self.handled[update_id] = True

    def _own_pending(self) -> Batch:
        """Handled update ids, written with the counts (a local write never fails over)."""
        updates, self.pending_updates = self.pending_updates, []
        return [("INSERT OR IGNORE INTO handled_updates (update_id, at) VALUES (?, ?)",
                 updates)] if updates else []

    async def close(self) -> None:
        await super().close()
        self.db.close()


def migrate(db: sqlite3.Connection, path: Path) -> int:
    """Apply the migrations this database lacks; the version it is at now."""
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    known = len(schema.SQLITE)
    if version > known:
        raise SchemaTooNew(f"{path} has schema version {version}, and this copy of the bot "
                           f"knows versions up to {known}: run the newer bot, or update this "
                           "one (git pull; pip install -e .)")
    for number in range(version + 1, known + 1):
        with db:
            db.execute("BEGIN")
            for statement in schema.SQLITE[number - 1].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(number),))
    return known
