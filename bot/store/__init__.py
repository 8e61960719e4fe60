"""The little the bot keeps: each user's language and role, daily counts per topic, tip
subscriptions, message ids for /clear, handled update ids, and (only when a moderator turned it
on) redacted unanswered questions without any user id. No message text by default, no names.

SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set, for several copies.
"""

from __future__ import annotations

from pathlib import Path

from bot.store.base import Store
from bot.store.records import (
    OUTCOMES,
    Claim,
    Preferences,
    QuizRecord,
    SchemaTooNew,
    Subscription,
    TopicCounts,
)

__all__ = ["OUTCOMES", "Claim", "Preferences", "QuizRecord", "SchemaTooNew", "Store",
           "Subscription", "TopicCounts", "open_store"]


async def open_store(data_dir: Path, database_url: str | None = None) -> Store:
    if database_url:
        from bot.store.postgres import PostgresStore  # only copies on PostgreSQL need psycopg

        return await PostgresStore.open(database_url)
    from bot.store.sqlite import SqliteStore

    return SqliteStore(data_dir / "bot.sqlite3")
