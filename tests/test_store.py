"""The little the bot keeps, and that it can let go of it: the same tests on both backends,
SQLite and a real PostgreSQL server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest

from bot.store import Claim, SchemaTooNew, Store, Subscription, open_store
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SqliteStore

TODAY = date(2026, 11, 22)
Opener = Callable[[], Awaitable[Store]]


@pytest.fixture(params=["sqlite", "postgres"])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    """Opens the store as a copy of the bot would; call it again to reopen (a restart)."""
    if request.param == "sqlite":
        return lambda: open_store(tmp_path)
    url = request.getfixturevalue("database_url")
    return lambda: open_store(tmp_path, url)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[Store]:
    s = await opener()
    yield s
    await s.close()


async def test_preferences_survive_reopening(opener):
    first = await opener()
    await first.set_lang(7, "id")
    await first.set_role(7, "teen")
    await first.close()
    again = await opener()
    assert await again.preferences(7) == await again.preferences(7)
    assert ((await again.preferences(7)).lang, (await again.preferences(7)).role) == ("id", "teen")
    await again.close()


async def test_forget_removes_every_row_that_names_the_user(store):
    await store.set_lang(7, "vi")
    await store.set_role(7, "parent")
    await store.set_lang(8, "en")
    await store.subscribe(Subscription(7, 7, 7, "vi"))
    assert await store.claim_tip(7, "2026-11-22")
    await store._run("CREATE TABLE later_feature (user_id BIGINT, note TEXT)")
    await store._run("INSERT INTO later_feature VALUES (?, ?)", (7, "x"))
    assert await store.forget(7) == 4
    for table in await store.user_tables():
        rows = await store._rows(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (7,))
        assert rows[0][0] == 0, table
    assert (await store.preferences(8)).lang == "en"


async def test_counts_are_summed_per_topic_over_the_window(store):
    for day_offset in (0, 1, 10):
        store.count(TODAY - timedelta(days=day_offset), "scam_phishing", "answered")
    store.count(TODAY, "scam_phishing", "helpful")
    store.count(TODAY, None, "fallback")
    week = {row.topic: row for row in await store.counts_since(TODAY - timedelta(days=6))}
    assert week["scam_phishing"].answered == 2 and week["scam_phishing"].helpful == 1
    assert week[""].fallback == 1
    month = {row.topic: row for row in await store.counts_since(TODAY - timedelta(days=29))}
    assert month["scam_phishing"].answered == 3
    days = dict(await store.daily_totals(TODAY - timedelta(days=6)))
    assert days[TODAY] == (1, 0, 1, 0)


async def test_counts_from_two_copies_add_up(opener):
    one, two = await opener(), await opener()
    one.count(TODAY, "sextortion", "urgent")
    two.count(TODAY, "sextortion", "urgent", 2)
    await one.flush()
    await two.flush()
    rows = {row.topic: row for row in await one.counts_since(TODAY)}
    assert rows["sextortion"].urgent == 3
    await one.close()
    await two.close()


async def test_counts_have_no_user_column(store):
    for table in ("daily_counts", "unanswered"):
        assert table not in await store.user_tables()
        rows = await store._rows(f"SELECT * FROM {table}")
        assert rows == []


async def test_retention_purge_deletes_only_old_questions(store):
    await store.keep_unanswered(TODAY - timedelta(days=31), "old question")
    await store.keep_unanswered(TODAY - timedelta(days=30), "borderline question")
    await store.keep_unanswered(TODAY, "new question")
    assert await store.purge(TODAY, 30) == 1
    assert [text for _, text in await store.unanswered()] == ["borderline question",
                                                              "new question"]
    assert [text for _, text in await store.unanswered(1)] == ["new question"]


async def test_a_vote_counts_once_per_person_and_a_change_moves_it(store):
    assert await store.vote(TODAY, "block_user", 5, "m1", True)
    assert not await store.vote(TODAY, "block_user", 5, "m1", True)
    assert await store.vote(TODAY, "block_user", 5, "m1", False)
    row = next(r for r in await store.counts_since(TODAY) if r.topic == "block_user")
    assert (row.helpful, row.unhelpful) == (0, 1)


async def test_subscriptions_and_message_ids(store):
    await store.subscribe(Subscription(3, 3, 7, "vi"))
    await store.subscribe(Subscription(3, 30, 8, "en"))  # a second /subscribe replaces
    assert await store.subscriptions() == [Subscription(3, 30, 8, "en")]
    assert await store.unsubscribe(3) and not await store.unsubscribe(3)
    store.remember_message(3, 3, 10, 100.0)
    store.remember_message(3, 3, 11, 200.0)
    assert await store.recent_messages(3, 150.0) == [11]
    assert await store.drop_messages_before(150.0) == 1
    await store.drop_messages(3)
    assert await store.recent_messages(3, 0) == []


async def test_a_tip_is_recorded_once_per_slot(opener):
    one, two = await opener(), await opener()
    assert await one.claim_tip(9, "2026-11-22")
    assert not await two.claim_tip(9, "2026-11-22")
    assert await two.claim_tip(9, "2026-11-23")
    await one.close()
    await two.close()


async def test_an_update_is_handled_once_even_across_a_restart(opener):
    store = await opener()
    assert await store.claim_update(501) is Claim.MINE
    assert await store.claim_update(501) is Claim.BUSY  # still being answered
    await store.finish_update(501)
    assert await store.claim_update(501) is Claim.DONE
    await store.close()
    again = await opener()
    assert await again.claim_update(501) is Claim.DONE
    assert await again.claim_update(502) is Claim.MINE
    await again.close()


async def test_an_update_whose_copy_died_midway_is_taken_over(database_url, tmp_path,
                                                              monkeypatch):
    import bot.store.postgres as pg

    monkeypatch.setattr(pg, "ALIVE", 0.5)
    dying, other = await open_store(tmp_path, database_url), await open_store(tmp_path,
                                                                             database_url)
    assert await dying.claim_update(900) is Claim.MINE
    assert await other.claim_update(900) is Claim.BUSY  # its copy is alive: wait for it
    for task in dying.tasks:  # the heart stops, as when the process is killed
        task.cancel()
    await asyncio.sleep(0.8)
    assert await other.claim_update(900) is Claim.MINE
    await other.finish_update(900)
    assert await dying.claim_update(900) is Claim.DONE
    await dying.close()
    await other.close()


async def test_only_one_copy_leads_and_another_takes_over_when_it_ends(database_url,
                                                                       tmp_path):
    one, two = await open_store(tmp_path, database_url), await open_store(tmp_path,
                                                                         database_url)
    assert await one.lead("tips") and await one.lead("tips")
    assert not await two.lead("tips")
    assert await two.lead("polling")  # another role, another lock
    await one.close()
    assert await two.lead("tips")
    await two.close()


async def test_a_reload_announced_by_one_copy_reaches_the_other(database_url, tmp_path):
    one, two = await open_store(tmp_path, database_url), await open_store(tmp_path,
                                                                         database_url)
    heard = {"one": asyncio.Event(), "two": asyncio.Event()}

    def listener(name: str) -> Callable[[], Awaitable[None]]:
        async def reload() -> None:
            heard[name].set()
        return reload

    one.listen_for_reloads(listener("one"))
    two.listen_for_reloads(listener("two"))
    await asyncio.sleep(0.3)
    await two.announce_reload()
    await asyncio.wait_for(heard["one"].wait(), 5)
    await asyncio.sleep(0.3)
    assert not heard["two"].is_set(), "a copy reloads what it announced itself"
    await one.close()
    await two.close()


async def test_a_database_newer_than_this_copy_is_refused(opener):
    store = await opener()
    await store._run("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    await store.close()
    with pytest.raises(SchemaTooNew, match="schema version 999"):
        await opener()


async def test_an_old_sqlite_database_is_migrated_in_place(tmp_path):
    import sqlite3

    db = sqlite3.connect(tmp_path / "bot.sqlite3")  # as the first releases left it
    db.executescript("CREATE TABLE preferences (user_id INTEGER PRIMARY KEY, lang TEXT, "
                     "role TEXT); INSERT INTO preferences VALUES (4, 'en', NULL);")
    db.close()
    store = SqliteStore(tmp_path / "bot.sqlite3")
    assert (await store.preferences(4)).lang == "en"
    assert await store.claim_tip(4, "x")
    await store.close()


async def test_without_the_database_the_bot_still_gets_answers(database_url, tmp_path,
                                                               postgres_server):
    store = await open_store(tmp_path, database_url)
    assert isinstance(store, PostgresStore)
    await store.set_lang(6, "en")
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false")
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert (await store.preferences(6)).lang is None  # as for a new user, not an error
    assert await store.claim_update(77) is Claim.MINE  # answered rather than lost
    store.count(TODAY, "sextortion", "urgent")
    assert await store.flush() == 0  # kept in memory for later
    assert loop.time() - started < 5
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true")
    store.paused_until = 0.0
    assert await store.flush() == 1
    assert (await store.preferences(6)).lang == "en"
    await store.close()


def test_sqlite_is_the_default(tmp_path):
    store = asyncio.run(open_store(tmp_path))
    assert isinstance(store, SqliteStore)
    asyncio.run(store.close())


async def test_a_quiz_round_moves_once_per_answer_and_only_for_its_player(opener):
    one, two = await opener(), await opener()
    await one.start_round(5, -100, "en", ["a", "b"], 1000.0)
    record = await one.quiz_round(5, -100)
    assert record is not None and record.scenarios == ("a", "b") and record.poll_id is None
    await one.set_round_poll(record, "poll-1")
    assert await two.answer_round("poll-1", 6, 0) is None  # another member's vote
    moved = await two.answer_round("poll-1", 5, 2)
    assert moved is not None and moved.answers == (2,) and moved.poll_id is None
    assert await one.answer_round("poll-1", 5, 2) is None  # the same answer, delivered again
    await one.start_round(5, -100, "en", ["c"], 2000.0)  # started again meanwhile
    await one.set_round_poll(record, "late-poll")  # the old round's poll arrives late
    assert (await one.quiz_round(5, -100)).poll_id is None
    assert await one.prune_rounds(1500.0) == 0 and await one.prune_rounds(2500.0) == 1
    await one.close()
    await two.close()
