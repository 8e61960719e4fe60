"""The versioned schema: migration N brings a database from version N-1 to N. A copy applies the
ones it is missing at start and refuses a database newer than it knows. Append, never edit."""

from __future__ import annotations

SQLITE: tuple[str, ...] = (
    # 1: the tables of the first releases (IF NOT EXISTS: their databases predate versions)
    """
    CREATE TABLE IF NOT EXISTS preferences (user_id INTEGER PRIMARY KEY, lang TEXT, role TEXT);
    CREATE TABLE IF NOT EXISTS daily_counts (
        day TEXT NOT NULL, topic TEXT NOT NULL, outcome TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, topic, outcome));
    CREATE TABLE IF NOT EXISTS subscriptions (
        user_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, hour INTEGER NOT NULL,
        lang TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS votes (
        voter TEXT NOT NULL, message TEXT NOT NULL, day TEXT NOT NULL, topic TEXT NOT NULL,
        helpful INTEGER NOT NULL, PRIMARY KEY (voter, message));
    CREATE TABLE IF NOT EXISTS recent_messages (
        user_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL,
        at REAL NOT NULL, PRIMARY KEY (chat_id, message_id));
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS handled_updates (update_id INTEGER PRIMARY KEY, at REAL NOT NULL);
    CREATE TABLE IF NOT EXISTS unanswered (
        id INTEGER PRIMARY KEY, day TEXT NOT NULL, text TEXT NOT NULL);
    """,
    # 2: each tip recorded before it is sent
    """
    CREATE TABLE tips_sent (
        user_id INTEGER NOT NULL, slot TEXT NOT NULL, at REAL NOT NULL,
        PRIMARY KEY (user_id, slot));
    """,
    # 3: quiz rounds in progress, so any copy can take the next answer
    """
    CREATE TABLE quiz_rounds (
        user_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, lang TEXT NOT NULL,
        scenarios TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '', poll_id TEXT,
        started REAL NOT NULL, PRIMARY KEY (user_id, chat_id));
    CREATE INDEX quiz_rounds_poll ON quiz_rounds (poll_id);
    """,
)

POSTGRES: tuple[str, ...] = (
    # 1: the same tables, plus who is answering which update and which copies are alive
    """
    CREATE TABLE preferences (user_id BIGINT PRIMARY KEY, lang TEXT, role TEXT);
    CREATE TABLE daily_counts (
        day TEXT NOT NULL, topic TEXT NOT NULL, outcome TEXT NOT NULL,
        count BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (day, topic, outcome));
    CREATE TABLE subscriptions (
        user_id BIGINT PRIMARY KEY, chat_id BIGINT NOT NULL, hour INTEGER NOT NULL,
        lang TEXT NOT NULL);
    CREATE TABLE votes (
        voter TEXT NOT NULL, message TEXT NOT NULL, day TEXT NOT NULL, topic TEXT NOT NULL,
        helpful INTEGER NOT NULL, PRIMARY KEY (voter, message));
    CREATE TABLE recent_messages (
        user_id BIGINT NOT NULL, chat_id BIGINT NOT NULL, message_id BIGINT NOT NULL,
        at DOUBLE PRECISION NOT NULL, PRIMARY KEY (chat_id, message_id));
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE handled_updates (
        update_id BIGINT PRIMARY KEY, copy TEXT NOT NULL, at DOUBLE PRECISION NOT NULL,
        done BOOLEAN NOT NULL DEFAULT FALSE);
    CREATE TABLE copies (copy TEXT PRIMARY KEY, seen DOUBLE PRECISION NOT NULL);
    CREATE TABLE unanswered (id BIGSERIAL PRIMARY KEY, day TEXT NOT NULL, text TEXT NOT NULL);
    """,
    # 2: each tip recorded before it is sent
    """
    CREATE TABLE tips_sent (
        user_id BIGINT NOT NULL, slot TEXT NOT NULL, at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (user_id, slot));
    """,
    # 3: quiz rounds in progress, so any copy can take the next answer
    """
    CREATE TABLE quiz_rounds (
        user_id BIGINT NOT NULL, chat_id BIGINT NOT NULL, lang TEXT NOT NULL,
        scenarios TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '', poll_id TEXT,
        started DOUBLE PRECISION NOT NULL, PRIMARY KEY (user_id, chat_id));
    CREATE INDEX quiz_rounds_poll ON quiz_rounds (poll_id);
    """,
)
