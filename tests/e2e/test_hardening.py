"""Nobody can turn the bot against a child: buttons act only for the person they were for,
forged values never crash a handler, unsafe settings are refused. Real Application, Bot API
stand-in."""

from __future__ import annotations

import asyncio

import pytest

from bot.telegram.settings import Settings, SettingsError
from bot.testing.bot_api import message_update
from bot.testing.harness import RunningBot

GROUP = -100555
CHILD, OTHER = 7001, 7002


async def _child_asks_in_the_group(bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(GROUP, "@safechat_test_bot em muốn chết", user_id=CHILD,
                            chat_type="supergroup", message_id=11))
    await api.wait_for(lambda: len(api.sent(GROUP)) == 1)


async def test_another_member_cannot_press_a_childs_buttons(bot: RunningBot) -> None:
    api = bot.api
    await _child_asks_in_the_group(bot)
    for data in ("lang:en", "t:self_harm", "menu", "fb:self_harm:0", "hotline"):
        api.push(api.press(GROUP, data, user_id=OTHER))
    await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 5)
    await asyncio.sleep(0.3)
    assert not api.answered("editMessageText")
    assert len(api.sent(GROUP)) == 1  # nothing posted into the group for the presses
    assert all(c.params.get("text") for c in api.answered("answerCallbackQuery"))


async def test_the_child_can_press_and_the_reply_names_the_child_as_its_owner(
        bot: RunningBot) -> None:
    api = bot.api
    await _child_asks_in_the_group(bot)
    assert api.sent(GROUP)[0].params["reply_parameters"]["message_id"] == 11
    api.push(api.press(GROUP, "hotline", user_id=CHILD))
    await api.wait_for(lambda: len(api.sent(GROUP)) == 2)


async def test_twenty_presses_of_one_button_post_once(bot: RunningBot) -> None:
    api = bot.api
    await _child_asks_in_the_group(bot)
    for _ in range(20):
        api.push(api.press(GROUP, "hotline", user_id=CHILD))
    await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 20)
    await asyncio.sleep(0.3)
    assert len(api.sent(GROUP)) == 2


async def test_a_forged_subscription_press_never_subscribes_a_group(bot: RunningBot) -> None:
    api = bot.api
    await _child_asks_in_the_group(bot)
    api.push(api.press(GROUP, "sub:7", user_id=CHILD))
    await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
    subscribed = await bot.application.bot_data["state"].store.subscriptions_of(CHILD)
    assert subscribed and all(s.chat_id == CHILD for s in subscribed)


@pytest.mark.parametrize("data", ["sub:²", "sub:٣", "sub:99", "sub:", "sub:7:7", "t:", "lang:xx",
                                  "fb:self_harm", "x" * 64])
async def test_malformed_callback_data_is_answered_and_nothing_breaks(bot: RunningBot,
                                                                     data: str) -> None:
    api = bot.api
    api.push(message_update(7010, "hello", language_code="en"))
    await api.wait_for(lambda: len(api.sent(7010)) == 1)
    api.push(api.press(7010, data, user_id=7010))
    await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 1)
    api.push(message_update(7010, "em muốn chết", language_code="vi", message_id=2))
    await api.wait_for(lambda: len(api.sent(7010)) == 2)
    assert "111" in api.sent(7010)[1].params["text"]


async def test_subscribe_with_a_unicode_digit_is_refused_politely(bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(7020, "/subscribe ²", language_code="en"))
    await api.wait_for(lambda: len(api.sent(7020)) == 1)
    assert await bot.application.bot_data["state"].store.subscriptions_of(7020) == []


@pytest.mark.parametrize("value", ["1087968824", "777000", "-1001234", "--5", "²", "0"])
def test_unsafe_moderator_ids_are_refused_naming_the_setting(value: str) -> None:
    with pytest.raises(SettingsError, match="MODERATOR_IDS"):
        Settings.from_env({"BOT_TOKEN": "1:a", "MODERATOR_IDS": value})


async def test_a_group_flood_never_delays_a_private_crisis_reply(bot: RunningBot) -> None:
    """300 commands from 30 members of one group, then a child writes privately: the crisis
    reply comes within seconds, and the group gets a handful of answers, not 300."""
    import time

    api = bot.api
    for n in range(300):
        api.push(message_update(GROUP, "/hotline", user_id=8000 + n % 30,
                                chat_type="supergroup", message_id=n + 1))
    await asyncio.sleep(0.5)
    started = time.monotonic()
    api.push(message_update(7100, "em muốn tự tử, em đã chuẩn bị thuốc rồi", language_code="vi"))
    await api.wait_for(lambda: len(api.sent(7100)) == 1, timeout=10)
    assert time.monotonic() - started < 5.0
    assert "111" in api.sent(7100)[0].params["text"]
    started = time.monotonic()
    api.push(message_update(7101, "how do I block someone on TikTok?", language_code="en"))
    await api.wait_for(lambda: len(api.sent(7101)) == 1, timeout=20)
    assert time.monotonic() - started < 5.0  # groups never hold every slot


async def test_nothing_is_stored_under_the_anonymous_admins_shared_account(
        bot: RunningBot) -> None:
    api = bot.api
    anonymous = 1087968824
    api.push(message_update(GROUP, "/lang", user_id=anonymous, chat_type="supergroup",
                            message_id=40))
    await api.wait_for(lambda: len(api.sent(GROUP)) == 1)
    api.push(api.press(GROUP, "lang:en", user_id=anonymous))
    await api.wait_for(lambda: len(api.answered("answerCallbackQuery")) == 1)
    api.push(message_update(GROUP, "/subscribe 7", user_id=anonymous, chat_type="supergroup",
                            message_id=41))
    await asyncio.sleep(0.5)
    store = bot.application.bot_data["state"].store
    assert (await store.preferences(anonymous)).lang is None
    assert await store.subscriptions_of(anonymous) == []


async def test_abandoned_quiz_rounds_do_not_pile_up(bot: RunningBot) -> None:
    api = bot.api
    state = bot.application.bot_data["state"]
    for n in range(30):
        api.push(message_update(7200, "/quiz", language_code="en", message_id=n + 1))
    await api.wait_for(lambda: len(api.answered("sendPoll")) == 30)
    rounds = "SELECT user_id, chat_id, poll_id FROM quiz_rounds"
    assert [row[:2] for row in await state.store._rows(rounds)] == [(7200, 7200)]
    # two hours later, nobody answered
    await state.store._run("UPDATE quiz_rounds SET started = started - 7200")
    api.push(message_update(7201, "/quiz", language_code="en"))
    await api.wait_for(lambda: len(api.answered("sendPoll")) == 31)
    assert [row[:2] for row in await state.store._rows(rounds)] == [(7201, 7201)]


SLOW = "1." * 2048  # 0.3 s each for the quadratic redaction patterns this replaced


async def test_slow_text_with_the_log_on_never_delays_a_crisis_reply(api, snapshot,
                                                                   tmp_path) -> None:
    """40 messages of 4,096 characters built to slow redaction down, kept because the log is
    on, and while they are handled a child's crisis message: answered within seconds."""
    import time

    from bot.testing.harness import running, settings_for

    settings = settings_for(api, tmp_path, unanswered_log=True, rate_limit=False)
    async with running(api, snapshot, settings):
        for n in range(40):
            api.push(message_update(7300 + n, SLOW, language_code="en"))
        await api.wait_for(lambda: len(api.sent()) >= 1, timeout=60)
        started = time.monotonic()
        api.push(message_update(7399, "em muốn tự tử, em đã chuẩn bị thuốc rồi"))
        await api.wait_for(lambda: len(api.sent(7399)) == 1, timeout=20)
        assert time.monotonic() - started < 5.0
        await api.wait_for(lambda: len(api.sent()) >= 41, timeout=60)


async def test_the_moderators_view_over_400_kept_questions_never_delays_a_crisis_reply(
        api, snapshot, tmp_path) -> None:
    """/unanswered over 400 kept questions (grouping them is heavy) while a child writes: the
    crisis reply does not wait for it, and the view shows no link."""
    import time
    from datetime import date

    from bot.redact import redact
    from bot.testing.harness import running, settings_for

    moderator = 4243
    settings = settings_for(api, tmp_path, unanswered_log=True, rate_limit=False,
                            moderator_ids=frozenset({moderator}))
    async with running(api, snapshot, settings) as bot:
        store = bot.application.bot_data["state"].store
        for n in range(400):  # as the bot keeps them: redacted first
            await store.keep_unanswered(date.today(), redact(
                f"câu hỏi số {n} về chuyện lạ {n % 37} moderators re-verify at "
                f"panel{n}.example/login"))
        api.push(message_update(moderator, "/unanswered", language_code="en"))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        api.push(message_update(7400, "em muốn tự tử, em đã chuẩn bị thuốc rồi"))
        await api.wait_for(lambda: len(api.sent(7400)) == 1, timeout=20)
        assert time.monotonic() - started < 5.0
        await api.wait_for(lambda: api.sent(moderator), timeout=120)
    view = "\n".join(c.params["text"] for c in api.sent(moderator))
    assert ".example" not in view and "what users wrote" in view
