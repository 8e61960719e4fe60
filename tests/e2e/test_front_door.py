"""The front door: deep links, the empty-chat screen, 111 in one tap, the moderators' menu."""

from __future__ import annotations

import subprocess
import sys

from bot.testing.bot_api import message_update
from bot.testing.harness import running, settings_for
from tests.conftest import PROJECT

MODERATOR = 909


def _buttons(call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


async def test_a_deep_link_to_a_topic_opens_its_answer_with_111_first(bot, snapshot) -> None:
    api = bot.api
    api.push(message_update(701, "/start sextortion", language_code="en"))
    await api.wait_for(lambda: len(api.sent(701)) == 1)
    text = api.sent(701)[0].params["text"]
    assert "111" in text.splitlines()[0]
    assert snapshot.content.topics["sextortion"].text_for("en", None).splitlines()[1] in text


async def test_a_deep_link_can_set_the_language_then_greets(bot, snapshot) -> None:
    api = bot.api
    api.push(message_update(702, "/start id", language_code="vi"))
    await api.wait_for(lambda: len(api.sent(702)) == 2)
    assert api.sent(702)[0].params["text"] == snapshot.content.ui.text("welcome", "id")


async def test_an_unknown_payload_greets_as_usual(bot, snapshot) -> None:
    api = bot.api
    api.push(message_update(703, "/start <script>", language_code="en"))
    await api.wait_for(lambda: len(api.sent(703)) == 2)
    assert api.sent(703)[0].params["text"] == snapshot.content.ui.text("welcome", "en")


async def test_descriptions_are_set_in_every_language_and_name_111(bot) -> None:
    api = bot.api
    for method in ("setMyDescription", "setMyShortDescription"):
        calls = api.answered(method)
        assert sorted(c.params.get("language_code", "") for c in calls) == ["", "en", "id", "vi"]
        for call in calls:
            text = call.params.get("description") or call.params.get("short_description")
            assert "111" in text


async def test_urgent_replies_and_hotline_carry_111_to_copy_and_its_site(bot) -> None:
    api = bot.api
    api.push(message_update(704, "em muốn tự tử"))
    api.push(message_update(705, "/hotline", language_code="en"))
    await api.wait_for(lambda: api.sent(704) and api.sent(705))
    for chat in (704, 705):
        buttons = _buttons(api.sent(chat)[0])
        assert {"text": "111"} in [b.get("copy_text") for b in buttons]
        assert "https://tongdai111.vn" in [b.get("url") for b in buttons]


async def test_moderators_see_their_commands_in_their_own_menu(api, snapshot, tmp_path) -> None:
    settings = settings_for(api, tmp_path, moderator_ids=frozenset({MODERATOR}))
    async with running(api, snapshot, settings):
        scoped = [c for c in api.answered("setMyCommands") if c.params.get("scope")]
    assert len(scoped) == 1
    assert scoped[0].params["scope"] == {"type": "chat", "chat_id": MODERATOR}
    names = {c["command"] for c in scoped[0].params["commands"]}
    assert {"reload", "stats", "unanswered", "preview", "start"} <= names
    public = [c for c in api.answered("setMyCommands") if not c.params.get("scope")]
    assert all("reload" not in {c["command"] for c in call.params["commands"]}
               for call in public)


def test_link_prints_the_deep_link_for_a_topic() -> None:
    result = subprocess.run([sys.executable, str(PROJECT / "bot.py"), "link", "sextortion",
                             "--username", "@SafeChatBot"], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "https://t.me/SafeChatBot?start=sextortion"


async def test_clear_deletes_both_sides_of_the_last_48_hours_and_keeps_no_text(
        api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, settings_for(api, tmp_path)) as bot:
        store = bot.application.bot_data["state"].store
        api.push(message_update(706, "em muốn tự tử", message_id=11))
        await api.wait_for(lambda: len(api.sent(706)) == 1)
        urgent = api.sent(706)[0]
        assert "clear" in [b.get("callback_data") for b in _buttons(urgent)]
        api.push(message_update(706, "/clear", message_id=13))
        await api.wait_for(lambda: len(api.answered("deleteMessages")) == 1
                           and len(api.sent(706)) == 2)
        deleted = api.answered("deleteMessages")[0].params["message_ids"]
        bot_reply_id = 1  # the stand-in numbers the bot's messages per chat from 1
        assert {11, 13, bot_reply_id} <= set(deleted)
        assert api.sent(706)[1].params["text"] == snapshot.content.ui.text("cleared", "vi")
        async def only_the_deleted_line() -> bool:
            # the reply's id is kept just after it is sent: on a busy machine, a moment later
            return await store.recent_messages(706, 0) == [2]

        await api.wait_for(only_the_deleted_line)
    stored = (tmp_path / "bot.sqlite3").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("bot.sqlite3*"))
    assert "tự tử".encode() not in stored


async def test_message_ids_are_not_kept_past_48_hours(api, snapshot, tmp_path) -> None:
    import time

    from bot.store import open_store

    store = await open_store(tmp_path)
    store.remember_message(707, 707, 5, time.time() - 49 * 3600)
    store.remember_message(707, 707, 6, time.time())
    await store.close()
    async with running(api, snapshot, settings_for(api, tmp_path)) as bot:
        state = bot.application.bot_data["state"]
        async def only_the_recent_one() -> bool:
            return await state.store.recent_messages(707, 0) == [6]

        await api.wait_for(only_the_recent_one)


async def test_every_text_goes_out_as_html_by_default_and_content_is_escaped(
        bot, snapshot) -> None:
    from bot.testing.bot_api import callback_update

    api = bot.api
    api.push(message_update(708, "/clear", language_code="en"))
    api.push(callback_update(709, "role:teen", language_code="en"))
    await api.wait_for(lambda: api.sent(708) and api.answered("editMessageText"))
    for call in (api.sent(708)[-1], api.answered("editMessageText")[0]):
        assert call.params.get("parse_mode") == "HTML"


def test_plain_content_is_escaped_for_html() -> None:
    from bot.telegram.render import plain

    assert plain("Privacy & Support → <Report>") == "Privacy &amp; Support → &lt;Report&gt;"
