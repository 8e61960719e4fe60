"""What a parent or teen sees on Telegram, through the real Application and a Bot API stand-in."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.testing.bot_api import BOT_USER, BotApiStandIn, Call, callback_update, message_update
from bot.testing.harness import RunningBot, running, settings_for


def buttons(call: Call) -> list[tuple[str, str]]:
    markup: dict[str, Any] = call.params.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", [])
            for b in row]


async def test_command_menu_is_set_in_every_language(bot: RunningBot) -> None:
    codes = sorted(c.params.get("language_code", "") for c in bot.api.answered("setMyCommands"))
    assert codes == ["", "en", "id", "vi"]
    english = next(c for c in bot.api.answered("setMyCommands")
                   if c.params.get("language_code") == "en")
    assert {c["command"] for c in english.params["commands"]} >= {
        "start", "topics", "hotline", "lang", "role", "help"}


async def test_start_greets_in_the_users_language_and_asks_the_role(bot: RunningBot,
                                                                     snapshot) -> None:
    api = bot.api
    api.push(message_update(101, "/start", language_code="en"))
    await api.wait_for(lambda: len(api.sent(101)) == 2)
    welcome, ask_role = api.sent(101)
    assert welcome.params["text"].startswith(snapshot.content.ui.text("welcome", "en")[:20])
    assert [data for _, data in buttons(ask_role)] == ["role:parent", "role:teen"]

    api.push(callback_update(101, "role:teen", language_code="en"))
    await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
    assert api.answered("answerCallbackQuery")
    assert api.answered("editMessageText")[0].params["text"] == snapshot.content.ui.text(
        "role_saved_teen", "en")


async def test_the_role_changes_the_wording_and_survives_a_restart(api: BotApiStandIn, snapshot,
                                                                    tmp_path) -> None:
    topic = next(t for t in snapshot.content.topics.values() if t.teen.get("en"))
    teen_text = topic.text_for("en", "teen")
    async with running(api, snapshot, settings_for(api, tmp_path)):
        api.push(callback_update(102, "role:teen", language_code="en"))
        await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
    async with running(api, snapshot, settings_for(api, tmp_path)):
        api.push(callback_update(102, f"t:{topic.id}", language_code="en"))
        await api.wait_for(lambda: len(api.sent(102)) == 1)
    assert teen_text.split("\n")[0] in api.sent(102)[0].params["text"]


async def test_a_question_gets_an_answer_with_related_topics_111_and_feedback(
        bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(103, "Someone hacked my Instagram account, how do I get it back?",
                            language_code="en"))
    await api.wait_for(lambda: len(api.sent(103)) == 1)
    labels = buttons(api.sent(103)[0])
    assert ("hotline" in [data for _, data in labels])
    assert any(data.startswith("t:") for _, data in labels)
    assert [label for label, _ in labels][-2:] == ["👍", "👎"]

    feedback = next(data for _, data in labels if data.startswith("fb:"))
    api.push(callback_update(103, feedback, language_code="en"))
    await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 1)
    assert len(api.sent(103)) == 1


async def test_an_urgent_message_opens_with_111_in_every_language(bot: RunningBot) -> None:
    api = bot.api
    messages = {
        201: ("vi", "Có người lạ đang đứng chờ con tôi trước cổng trường, cứu với"),
        202: ("en", "A stranger is waiting outside my daughter's school right now"),
        203: ("id", "Anak saya diculik, tolong segera"),
    }
    for chat, (lang, text) in messages.items():
        api.push(message_update(chat, text, language_code=lang))
    await api.wait_for(lambda: all(len(api.sent(chat)) == 1 for chat in messages))
    for chat in messages:
        first_line = api.sent(chat)[0].params["text"].split("\n")[0]
        assert "111" in first_line, first_line


async def test_danger_in_words_no_cue_has_opens_with_111_on_telegram(bot: RunningBot) -> None:
    """Read by the learned reading alone (tests/test_learned.py shows the cues miss it)."""
    api = bot.api
    api.push(message_update(205, "some older guy from fortnite said he'd wait for me at the bus "
                                 "stop after practice today, he said not to tell my parents",
                            language_code="en"))
    await api.wait_for(lambda: len(api.sent(205)) == 1)
    first_line = api.sent(205)[0].params["text"].split("\n")[0]
    assert "111" in first_line, first_line


async def test_an_indonesian_family_in_hanoi_is_given_vietnams_police_first(
        bot: RunningBot) -> None:
    """The language says who reads, the place where to call: 113 answers in Hanoi, 110 not."""
    api = bot.api
    api.push(message_update(204, "Kami tinggal di Hanoi. Anak saya 9 tahun hilang sejak sore, "
                                 "HP-nya mati", language_code="id"))
    await api.wait_for(lambda: len(api.sent(204)) == 1)
    first_line = api.sent(204)[0].params["text"].split("\n")[0]
    assert "113" in first_line and "111" in first_line and "110" not in first_line, first_line


async def test_a_photo_is_refused_and_never_downloaded(bot: RunningBot, snapshot) -> None:
    api = bot.api
    photo = [{"file_id": "AgAD-secret", "file_unique_id": "u1", "width": 90, "height": 90}]
    api.push(message_update(104, None, photo=photo))
    await api.wait_for(lambda: len(api.sent(104)) == 1)
    assert api.sent(104)[0].params["text"] == snapshot.content.ui.text("media_refused", "vi")
    assert not [c for c in api.calls if c.method == "getFile"]


async def test_a_sticker_gets_please_type(bot: RunningBot, snapshot) -> None:
    api = bot.api
    sticker = {"file_id": "s1", "file_unique_id": "s1", "type": "regular", "width": 512,
               "height": 512, "is_animated": False, "is_video": False}
    api.push(message_update(105, None, sticker=sticker, language_code="id"))
    await api.wait_for(lambda: len(api.sent(105)) == 1)
    assert api.sent(105)[0].params["text"] == snapshot.content.ui.text("please_type", "id")


async def test_an_edited_message_is_not_answered_twice(bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(106, "how do I block someone on Zalo", language_code="en"))
    api.push(message_update(106, "how do I block someone on Zalo?", language_code="en",
                            edited=True))
    api.push(message_update(106, "thanks", language_code="en", message_id=2))
    await api.wait_for(lambda: len(api.sent(106)) == 2)
    await asyncio.sleep(0.5)
    assert len(api.sent(106)) == 2


async def test_in_a_group_only_addressed_or_urgent_messages_are_answered(
        bot: RunningBot, snapshot) -> None:
    api = bot.api
    group = -1001
    api.push(message_update(group, "anyone watching the football tonight?", user_id=7,
                            chat_type="supergroup", language_code="en"))
    api.push(message_update(group, f"@{BOT_USER['username']} how do I report a TikTok video?",
                            user_id=8, chat_type="supergroup", language_code="en",
                            message_id=2))
    await api.wait_for(lambda: len(api.sent(group)) == 1)
    addressed = api.sent(group)[0].params["text"]
    assert snapshot.content.ui.text("group_private", "en") in addressed

    api.push(message_update(group, "my son says he wants to kill himself", user_id=9,
                            chat_type="supergroup", language_code="en", message_id=3))
    await api.wait_for(lambda: len(api.sent(group)) == 2)
    assert "111" in api.sent(group)[1].params["text"].split("\n")[0]
    assert len(api.sent(group)) == 2


async def test_the_topic_menu_is_edited_in_place_with_back(bot: RunningBot, snapshot) -> None:
    api = bot.api
    api.push(message_update(107, "/topics", language_code="en"))
    await api.wait_for(lambda: len(api.sent(107)) == 1)
    categories = buttons(api.sent(107)[0])
    assert [d for _, d in categories] == [f"menu:{c}" for c in snapshot.content.ui.categories
                                         if snapshot.content.topics_in(c)]
    api.push(callback_update(107, "menu:scams", language_code="en", message_id=1))
    await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
    topics = buttons(api.answered("editMessageText")[0])
    assert ("t:scam_phishing" in [d for _, d in topics]) and topics[-1][1] == "menu"
    api.push(callback_update(107, "menu", language_code="en", message_id=1))
    await api.wait_for(lambda: len(api.answered("editMessageText")) == 2)
    assert buttons(api.answered("editMessageText")[1]) == categories
    api.push(callback_update(107, "t:scam_phishing", language_code="en"))
    await api.wait_for(lambda: len(api.sent(107)) == 2)
    assert snapshot.content.topics["scam_phishing"].text_for("en", None).split("\n")[0] \
        in api.sent(107)[1].params["text"]


async def test_hotline_lists_111_and_the_emergency_numbers(bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(108, "/hotline", language_code="en"))
    await api.wait_for(lambda: len(api.sent(108)) == 1)
    text = api.sent(108)[0].params["text"]
    assert all(number in text for number in ("111", "113", "115"))


async def test_language_choice_is_kept(bot: RunningBot, snapshot) -> None:
    api = bot.api
    api.push(callback_update(109, "lang:id", language_code="en"))
    await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
    api.push(message_update(109, "/help", language_code="en"))
    await api.wait_for(lambda: len(api.sent(109)) == 1)
    assert api.sent(109)[0].params["text"] == snapshot.content.ui.text("help", "id")
