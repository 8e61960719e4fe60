"""The little the bot keeps, and that it can let go of it."""

from datetime import date, timedelta

import pytest

from bot.store import Store

TODAY = date(2026, 11, 22)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "bot.sqlite3")
    yield s
    s.close()


def test_preferences_survive_reopening(tmp_path):
    first = Store(tmp_path / "bot.sqlite3")
    first.set_lang(7, "id")
    first.set_role(7, "teen")
    first.close()
    again = Store(tmp_path / "bot.sqlite3")
    assert (again.preferences(7).lang, again.preferences(7).role) == ("id", "teen")
    again.close()


def test_forget_removes_every_row_that_names_the_user(store):
    store.set_lang(7, "vi")
    store.set_role(7, "parent")
    store.set_lang(8, "en")
    store.db.execute("CREATE TABLE later_feature (user_id INTEGER, note TEXT)")
    store.db.execute("INSERT INTO later_feature VALUES (7, 'x')")
    assert store.forget(7) == 2
    for table in store.user_tables():
        rows = store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_id = 7").fetchone()
        assert rows == (0,), table
    assert store.preferences(8).lang == "en"


def test_counts_are_summed_per_topic_over_the_window(store):
    for day_offset in (0, 1, 10):
        store.count(TODAY - timedelta(days=day_offset), "scam_phishing", "answered")
    store.count(TODAY, "scam_phishing", "helpful")
    store.count(TODAY, None, "fallback")
    week = {row.topic: row for row in store.counts_since(TODAY - timedelta(days=6))}
    assert week["scam_phishing"].answered == 2 and week["scam_phishing"].helpful == 1
    assert week[""].fallback == 1
    month = {row.topic: row for row in store.counts_since(TODAY - timedelta(days=29))}
    assert month["scam_phishing"].answered == 3
    days = dict(store.daily_totals(TODAY - timedelta(days=6)))
    assert days[TODAY] == (1, 0, 1, 0)


def test_counts_have_no_user_column(store):
    for table in ("daily_counts", "unanswered"):
        columns = [c[1] for c in store.db.execute(f"PRAGMA table_info({table})")]
        assert "user_id" not in columns and "chat_id" not in columns


def test_retention_purge_deletes_only_old_questions(store):
    store.keep_unanswered(TODAY - timedelta(days=31), "old question")
    store.keep_unanswered(TODAY - timedelta(days=30), "borderline question")
    store.keep_unanswered(TODAY, "new question")
    assert store.purge(TODAY, 30) == 1
    assert [text for _, text in store.unanswered()] == ["borderline question", "new question"]


def test_an_update_is_handled_once_even_across_a_restart(tmp_path):
    store = Store(tmp_path / "bot.sqlite3")
    assert store.first_time(501) and not store.first_time(501)
    store.close()  # flushes
    again = Store(tmp_path / "bot.sqlite3")
    assert not again.first_time(501) and again.first_time(502)
    again.close()
