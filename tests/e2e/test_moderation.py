"""Moderators edit content while the bot runs; families' words are not kept."""

from __future__ import annotations

from pathlib import Path

from bot.snapshot import load_snapshot
from bot.testing.bot_api import BotApiStandIn, callback_update, message_update
from bot.testing.harness import running, settings_for

MODERATOR = 555
RELOAD_SECONDS = 60  # a reload runs every content check; a slow shared CI machine takes its time


def _settings(api: BotApiStandIn, data: Path, **changes: object):
    return settings_for(api, data, moderator_ids=frozenset({MODERATOR}), **changes)


async def test_a_non_moderator_gets_the_ordinary_reply(api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, _settings(api, tmp_path)):
        api.push(message_update(41, "/reload", language_code="en"))
        api.push(message_update(41, "/stats", language_code="en", message_id=2))
        await api.wait_for(lambda: len(api.sent(41)) == 2)
    help_text = snapshot.content.ui.text("help", "en")
    assert [c.params["text"] for c in api.sent(41)] == [help_text, help_text]


async def test_stats_show_counts_per_topic_and_no_user_ids(api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, _settings(api, tmp_path)):
        api.push(message_update(9876501, "How do I report a video on TikTok?",
                                language_code="en"))
        api.push(message_update(9876502, "recipe for pho please", language_code="en"))
        await api.wait_for(lambda: len(api.sent()) == 2)
        api.push(message_update(MODERATOR, "/stats", language_code="en"))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1)
    stats = api.sent(MODERATOR)[0].params["text"]
    assert snapshot.version in stats
    assert "report_tiktok: 1 answered" in stats
    assert "9876501" not in stats and "9876502" not in stats


async def test_a_good_edit_is_served_without_a_restart(api, content_copy, tmp_path) -> None:
    snapshot, _ = load_snapshot(content_copy)
    answer = content_copy / "answers" / "thanks.yaml"
    settings = _settings(api, tmp_path / "data", reload_interval=0.2)
    async with running(api, snapshot, settings, content_copy) as bot:
        state = bot.application.bot_data["state"]
        old_version = state.snapshot.version
        text = answer.read_text(encoding="utf-8")
        marker = "Moderator edit 2026."
        answer.write_text(text.replace("  en: |\n", f"  en: |\n    {marker}\n", 1),
                          encoding="utf-8")
        await api.wait_for(lambda: state.snapshot.version != old_version, RELOAD_SECONDS)
        api.push(message_update(44, "thank you so much", language_code="en"))
        await api.wait_for(lambda: len(api.sent(44)) == 1)
    assert marker in api.sent(44)[0].params["text"]


async def test_a_bad_edit_keeps_the_last_good_content_and_tells_moderators(
        api, content_copy, tmp_path) -> None:
    snapshot, _ = load_snapshot(content_copy)
    broken = content_copy / "answers" / "hotline_111.yaml"
    settings = _settings(api, tmp_path / "data", reload_interval=0.2)
    async with running(api, snapshot, settings, content_copy) as bot:
        state = bot.application.bot_data["state"]
        version = state.snapshot.version
        lines = broken.read_text(encoding="utf-8").splitlines()
        lines[3] = "urgent: [oops"
        broken.write_text("\n".join(lines), encoding="utf-8")
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1, RELOAD_SECONDS)
        api.push(message_update(45, "What is the 111 hotline?", language_code="en"))
        await api.wait_for(lambda: len(api.sent(45)) == 1)
        assert state.snapshot.version == version
    notice = api.sent(MODERATOR)[0].params["text"]
    assert "NOT reloaded" in notice and "answers/hotline_111.yaml:4" in notice
    assert "111" in api.sent(45)[0].params["text"]


async def test_reload_command_and_preview_for_moderators(api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, _settings(api, tmp_path)):
        api.push(message_update(MODERATOR, "/reload", language_code="en"))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1, RELOAD_SECONDS)
        api.push(message_update(MODERATOR, "/preview sextortion en teen", language_code="en",
                                message_id=2))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 2)
    assert "Content reloaded" in api.sent(MODERATOR)[0].params["text"]
    preview = api.sent(MODERATOR)[1].params["text"]
    assert snapshot.content.topics["sextortion"].text_for("en", "teen").splitlines()[0] in preview


async def test_privacy_and_forget(api, snapshot, tmp_path) -> None:
    from bot.testing.bot_api import callback_update

    async with running(api, snapshot, _settings(api, tmp_path)) as bot:
        store = bot.application.bot_data["state"].store
        api.push(callback_update(46, "role:parent", language_code="en"))
        async def chosen() -> bool:
            return (await store.preferences(46)).role == "parent"

        await api.wait_for(chosen)
        api.push(message_update(46, "/privacy", language_code="en"))
        await api.wait_for(lambda: len(api.sent(46)) == 1)
        api.push(message_update(46, "/forget", language_code="en", message_id=2))
        await api.wait_for(lambda: len(api.sent(46)) == 2)
        assert (await store.preferences(46)).role is None
        rows = [store.db.execute(f"SELECT COUNT(*) FROM {t} WHERE user_id = 46").fetchone()[0]
                for t in await store.user_tables()]
    assert rows and set(rows) == {0}
    assert api.sent(46)[0].params["text"] == snapshot.content.ui.text("privacy", "en")
    assert api.sent(46)[1].params["text"] == snapshot.content.ui.text("forgotten", "en")


QUESTIONS = ["Con gái tôi tên Hoa bị bắt nạt trên Zalo", "recipe for banh mi please",
             "what is the capital of Peru", "số của tôi là 0912 345 678, giúp với"]


async def test_with_the_log_off_no_message_text_is_stored_or_logged(
        api, snapshot, tmp_path, debug_log) -> None:
    async with running(api, snapshot, _settings(api, tmp_path / "data")):
        for n, text in enumerate(QUESTIONS):
            api.push(message_update(60 + n, text, language_code="en"))
        await api.wait_for(lambda: len(api.sent()) == len(QUESTIONS))
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    logged = debug_log.getvalue().encode()
    assert stored and logged
    for word in ("Hoa", "banh", "Peru", "0912", "345 678"):
        assert word.encode() not in stored, word
        assert word.encode() not in logged, word


async def test_with_the_log_on_unanswered_questions_are_kept_redacted(
        api, snapshot, tmp_path) -> None:
    settings = _settings(api, tmp_path / "data", unanswered_log=True)
    async with running(api, snapshot, settings) as bot:
        store = bot.application.bot_data["state"].store
        for n, text in enumerate(["what is the capital of Peru", "capital of Peru?",
                                  "weather in Hanoi, call me 0912 345 678"]):
            api.push(message_update(70 + n, text, language_code="en"))
        await api.wait_for(lambda: len(api.sent()) == 3)
        api.push(message_update(MODERATOR, "/unanswered", language_code="en"))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1)
        kept = [text for _, text in await store.unanswered()]
    assert any("Peru" in text for text in kept)
    assert all("0912" not in text for text in kept)
    assert "2× what is the capital of Peru" in api.sent(MODERATOR)[0].params["text"]


async def test_a_thumb_pressed_five_times_counts_once_and_a_change_moves_it(
        api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, _settings(api, tmp_path)) as bot:
        for n in range(5):
            api.push(callback_update(61, "fb:block_user:1", language_code="en"))
            await api.wait_for(lambda n=n: len(api.answered("answerCallbackQuery")) == n + 1)
        api.push(callback_update(62, "fb:block_user:1", language_code="en"))
        api.push(callback_update(61, "fb:block_user:0", language_code="en"))
        await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 7)
        state = bot.application.bot_data["state"]
        rows = await state.store.counts_since(state.today())
        row = next(r for r in rows if r.topic == "block_user")
    assert (row.helpful, row.unhelpful) == (1, 1)


async def test_one_senders_copies_cannot_fill_the_moderators_view(api, snapshot,
                                                                   tmp_path) -> None:
    settings = _settings(api, tmp_path / "data", unanswered_log=True)
    async with running(api, snapshot, settings) as bot:
        store = bot.application.bot_data["state"].store
        for n in range(8):
            api.push(message_update(90, "what is the capital of Peru, see panel-login.example/x",
                                    language_code="en", message_id=n + 1))
        await api.wait_for(lambda: len(api.sent(90)) == 8)
        api.push(message_update(MODERATOR, "/unanswered", language_code="en"))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1)
        kept = [text for _, text in await store.unanswered()]
    view = api.sent(MODERATOR)[0].params["text"]
    assert len(kept) <= 3
    assert "panel-login" not in view and "never follow instructions" in view
