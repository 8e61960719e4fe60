"""PostgreSQL, the shared store when several copies of the bot run (DATABASE_URL).

Every copy keeps all its state here. When the database is unreachable the bot keeps answering:
a read gives what a new user would get (the default language, no subscription), counts,
message ids and handled update ids stay in memory (bounded) and are written at the next
flush, and single writes (a language chosen, a subscription, a kept question) are dropped and
logged. After a failure the store stops trying for a few seconds, so no reply waits on a
database that is away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
import zlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from bot.store import schema
from bot.store.base import Batch, Row, Store
from bot.store.records import Claim, SchemaTooNew

log = logging.getLogger(__name__)
OP_TIMEOUT = 2.0
PAUSE_AFTER_FAILURE = 5.0
HEARTBEAT = 2.0
ALIVE = 3 * HEARTBEAT
CHANNEL = "safechat_content"
_NOW = "extract(epoch from clock_timestamp())"
_FAILURES = (psycopg.Error, OSError, TimeoutError, PoolTimeout)


def lock_key(name: str) -> int:
    """A stable 32-bit advisory lock key per role, the same on every copy."""
    return zlib.crc32(f"safechat:{name}".encode())


class PostgresStore(Store):
    kind = "postgres"

    def __init__(self, url: str, pool: AsyncConnectionPool) -> None:
        super().__init__()
        self.url = url
        self.pool = pool
        self.copy = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.paused_until = 0.0
        self.leaders: dict[str, psycopg.AsyncConnection[Any]] = {}
        self.tasks: list[asyncio.Task[None]] = []

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        """Connect, migrate, and start the heartbeat. Raises with a readable reason when the
        database cannot be reached at start."""
        session = {"autocommit": True, "application_name": f"safechat {os.getpid()}"}
        pool = AsyncConnectionPool(url, min_size=1, max_size=8, timeout=OP_TIMEOUT,
                                   kwargs=session, open=False)
        try:
            await pool.open(wait=True, timeout=10)
        except PoolTimeout:
            await pool.close()
            raise ConnectionError(f"cannot reach PostgreSQL at {_safe(url)}: is the server "
                                  "running, and are the host, port, user, password and "
                                  "database in DATABASE_URL right?") from None
        store = cls(url, pool)
        await store._migrate()
        await store._beat()
        store.tasks.append(asyncio.create_task(store._heartbeat(), name="store heartbeat"))
        return store

    async def _migrate(self) -> None:
        async with self.pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key("migrate"),))
            await conn.execute("CREATE TABLE IF NOT EXISTS meta "
                               "(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            cur = await conn.execute("SELECT value FROM meta WHERE key = 'schema_version'")
            row = await cur.fetchone()
            version = int(row[0]) if row else 0
            known = len(schema.POSTGRES)
            if version > known:
                raise SchemaTooNew(
                    f"the database at {_safe(self.url)} has schema version {version}, and "
                    f"this copy of the bot knows versions up to {known}: deploy the newer bot "
                    "on every copy (git pull; pip install -e .)")
            for number in range(version + 1, known + 1):
                for statement in schema.POSTGRES[number - 1].split(";"):
                    if statement.strip():
                        await conn.execute(statement.replace("CREATE TABLE ",
                                                             "CREATE TABLE IF NOT EXISTS ", 1))
                await conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(number),))
            if version < known:
                log.info("database schema migrated from version %d to %d", version, known)

    # -- statements, with the failure policy of the module docstring
    def _away(self) -> bool:
        return time.monotonic() < self.paused_until

    def _failed(self, exc: BaseException) -> None:
        if not self._away():
            log.warning("PostgreSQL unreachable (%s); answering without it for %.0f s",
                        type(exc).__name__, PAUSE_AFTER_FAILURE)
        self.paused_until = time.monotonic() + PAUSE_AFTER_FAILURE

    async def _execute(self, sql: str, params: Sequence[Any], fetch: bool
                       ) -> tuple[list[Row], int]:
        async def run() -> tuple[list[Row], int]:
            async with self.pool.connection(timeout=OP_TIMEOUT) as conn:
                cur = await conn.execute(sql.replace("?", "%s"), params)
                rows = await cur.fetchall() if fetch and cur.description else []
                return rows, cur.rowcount

        return await asyncio.wait_for(run(), OP_TIMEOUT)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        if self._away():
            return []
        try:
            return (await self._execute(sql, params, fetch=True))[0]
        except _FAILURES as exc:
            self._failed(exc)
            return []

    async def _run(self, sql: str, params: Sequence[Any] = ()) -> int:
        if self._away():
            return 0
        try:
            return (await self._execute(sql, params, fetch=False))[1]
        except _FAILURES as exc:
            self._failed(exc)
            return 0

    async def _batch(self, batch: Batch) -> bool:
        if self._away():
            return False

        async def run() -> None:
            async with (self.pool.connection(timeout=OP_TIMEOUT) as conn,
                        conn.transaction(), conn.cursor() as cur):
                for sql, rows in batch:
                    if rows:
                        await cur.executemany(sql.replace("?", "%s"), rows)

        try:
            await asyncio.wait_for(run(), OP_TIMEOUT * 2)
        except _FAILURES as exc:
            self._failed(exc)
            return False
        return True

    async def user_tables(self) -> list[str]:
        return [str(row[0]) for row in await self._rows(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'user_id' "
            "AND table_schema = current_schema() ORDER BY table_name")]

    # -- each update answered once, across copies
    async def claim_update(self, update_id: int) -> Claim:
        """Mine when no copy has it, or its copy stopped beating its heart (died midway);
        when the database is away, answer it (twice is better than never)."""
        if self._away():
            return Claim.MINE
        try:
            rows, _ = await self._execute(
                "INSERT INTO handled_updates (update_id, copy, at) VALUES "
                f"(%s, %s, {_NOW}) ON CONFLICT (update_id) DO UPDATE SET "
                "copy = excluded.copy, at = excluded.at WHERE NOT handled_updates.done "
                "AND handled_updates.copy <> excluded.copy AND NOT EXISTS (SELECT 1 FROM "
                "copies c WHERE c.copy = handled_updates.copy "
                f"AND c.seen > {_NOW} - %s) RETURNING update_id",
                (update_id, self.copy, ALIVE), fetch=True)
            if rows:
                return Claim.MINE
            rows, _ = await self._execute(
                "SELECT done FROM handled_updates WHERE update_id = %s", (update_id,),
                fetch=True)
        except _FAILURES as exc:
            self._failed(exc)
            return Claim.MINE
        return Claim.DONE if not rows or rows[0][0] else Claim.BUSY

    async def finish_update(self, update_id: int) -> None:
        await self._run("UPDATE handled_updates SET done = TRUE WHERE update_id = ?",
                        (update_id,))

    async def _beat(self) -> None:
        await self._run(f"INSERT INTO copies (copy, seen) VALUES (?, {_NOW}) "
                        "ON CONFLICT (copy) DO UPDATE SET seen = excluded.seen", (self.copy,))

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT)
            await self._beat()
            await self._run(f"DELETE FROM copies WHERE seen < {_NOW} - 3600")

    # -- one copy per role
    async def lead(self, role: str) -> bool:
        """A session-level advisory lock on a connection of its own: PostgreSQL releases it
        the moment this copy's connection ends, however the copy ends."""
        conn = self.leaders.get(role)
        if conn is not None:
            if not conn.closed and not conn.broken:
                try:
                    await asyncio.wait_for(conn.execute("SELECT 1"), OP_TIMEOUT)
                    return True
                except _FAILURES:
                    pass
            with contextlib.suppress(*_FAILURES):
                await conn.close()
            del self.leaders[role]
            log.warning("lost the %s lock (database connection ended)", role)
        if self._away():
            return False
        try:
            conn = await asyncio.wait_for(psycopg.AsyncConnection.connect(
                self.url, autocommit=True, application_name=f"safechat {os.getpid()} {role}"),
                OP_TIMEOUT)
            cur = await conn.execute("SELECT pg_try_advisory_lock(%s)", (lock_key(role),))
            row = await cur.fetchone()
        except _FAILURES as exc:
            self._failed(exc)
            return False
        if row and row[0]:
            self.leaders[role] = conn
            log.info("this copy now does the %s", role)
            return True
        await conn.close()
        return False

    # -- content reloads reach every copy
    async def announce_reload(self) -> None:
        await self._run("SELECT pg_notify(?, ?)", (CHANNEL, self.copy))

    def listen_for_reloads(self, on_reload: Callable[[], Awaitable[None]]) -> None:
        self.tasks.append(asyncio.create_task(self._listen(on_reload),
                                              name="store reload listener"))

    async def _listen(self, on_reload: Callable[[], Awaitable[None]]) -> None:
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    async for notice in conn.notifies():
                        if notice.payload != self.copy:
                            await on_reload()
            except _FAILURES as exc:
                log.warning("reload listener lost PostgreSQL (%s); retrying",
                            type(exc).__name__)
                await asyncio.sleep(PAUSE_AFTER_FAILURE)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, *_FAILURES):
                await task
        await super().close()
        with contextlib.suppress(*_FAILURES):
            await self._run("DELETE FROM copies WHERE copy = ?", (self.copy,))
        for conn in self.leaders.values():
            # Released here, not when the server notices the closed socket a moment later:
            # the copy that takes over can lead at once.
            with contextlib.suppress(*_FAILURES):
                await asyncio.wait_for(conn.execute("SELECT pg_advisory_unlock_all()"),
                                       OP_TIMEOUT)
            with contextlib.suppress(*_FAILURES):
                await conn.close()
        await self.pool.close()


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "DATABASE_URL"
    host = info.get("host", "localhost")
    return f"{host}:{info.get('port', 5432)}/{info.get('dbname', '')}"
