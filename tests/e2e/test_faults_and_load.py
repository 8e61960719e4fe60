"""The Bot API misbehaves (429, 500, hangs) or is flooded; every update still gets one reply."""

from __future__ import annotations

import asyncio
import io

import pytest

from bot.testing.bot_api import BotApiStandIn, message_update
from bot.testing.harness import RunningBot, running, settings_for


@pytest.mark.parametrize("fault", ["429", "500"])
async def test_a_failing_send_is_retried_and_delivered_once(bot: RunningBot, fault: str) -> None:
    api = bot.api
    api.fail("sendMessage", fault)  # type: ignore[arg-type]
    api.push(message_update(301, "Làm sao báo cáo video TikTok xấu?"))
    await api.wait_for(lambda: len(api.sent(301)) == 1)
    attempts = [c for c in api.calls if c.method == "sendMessage"]
    assert len(attempts) == 2 and not attempts[0].answered
    await asyncio.sleep(0.3)
    assert len(api.sent(301)) == 1


async def test_an_ordinary_reply_whose_answer_came_late_is_not_sent_twice(
        bot: RunningBot) -> None:
    api = bot.api
    api.fail("sendMessage", "late")
    api.push(message_update(311, "Làm sao báo cáo video TikTok xấu?"))
    await api.wait_for(lambda: len(api.sent(311)) == 1)
    await asyncio.sleep(api.hang_seconds + 1.5)
    assert len(api.sent(311)) == 1
    assert len([c for c in api.calls if c.method == "sendMessage"
                and int(c.params["chat_id"]) == 311]) == 1


@pytest.mark.parametrize("fault", ["hang", "late"])
async def test_an_urgent_reply_is_sent_again_after_a_timeout(bot: RunningBot, fault: str) -> None:
    api = bot.api
    api.fail("sendMessage", fault)  # type: ignore[arg-type]
    api.push(message_update(312, "em muốn tự tử"))

    def attempts() -> list:
        return [c for c in api.calls if c.method == "sendMessage"
                and int(c.params["chat_id"]) == 312]

    await api.wait_for(lambda: len(attempts()) >= 2 and attempts()[-1].answered)
    assert "111" in api.sent(312)[-1].params["text"].splitlines()[0]


async def test_an_urgent_reply_overtakes_a_crowd(api: BotApiStandIn, snapshot, tmp_path) -> None:
    async with running(api, snapshot, settings_for(api, tmp_path)):
        for n in range(1000):
            api.push(message_update(2000 + n, "How do I report a fake account on Facebook?",
                                    language_code="en"))
        await api.wait_for(lambda: len(api.sent()) >= 10, timeout=60)
        pushed = asyncio.get_running_loop().time()
        api.push(message_update(313, "em muốn tự tử, em đã chuẩn bị thuốc rồi"))
        await api.wait_for(lambda: len(api.sent(313)) == 1, timeout=60)
        waited = asyncio.get_running_loop().time() - pushed
        backlog = 1000 - len(api.sent()) + 1
    assert backlog > 50, "the crowd was served before the urgent message came: no test"
    assert waited < 5, f"the urgent reply waited {waited:.1f} s behind {backlog} others"


async def test_polling_survives_failing_get_updates(bot: RunningBot) -> None:
    api = bot.api
    api.fail("getUpdates", "500", times=2)
    api.fail("getUpdates", "hang")
    api.push(message_update(302, "hello"))
    await api.wait_for(lambda: len(api.sent(302)) == 1, timeout=30)
    failed = [c for c in api.calls if c.method == "getUpdates" and not c.answered]
    assert len(failed) >= 2


async def test_a_thousand_updates_from_200_chats_each_get_exactly_one_reply(
        unthrottled_bot: RunningBot) -> None:
    api = unthrottled_bot.api
    questions = ["con bị lừa mất acc free fire", "How do I report a fake account on Facebook?",
                 "Bagaimana cara memblokir orang di Instagram?", "hello", "cảm ơn nhé",
                 "what is the weather tomorrow", "có người đòi tung ảnh nóng của em"]
    chats = [1000 + n for n in range(200)]
    for n in range(1000):
        chat = chats[n % len(chats)]
        api.push(message_update(chat, questions[n % len(questions)], message_id=n))
    await api.wait_for(lambda: len(api.sent()) >= 1000, timeout=120)
    await asyncio.sleep(0.3)
    per_chat = {chat: len(api.sent(chat)) for chat in chats}
    assert set(per_chat.values()) == {5}
    assert len(api.sent()) == 1000


async def test_logs_never_show_the_token_or_what_people_wrote(
        api: BotApiStandIn, snapshot, tmp_path, debug_log: io.StringIO) -> None:
    secret_question = "my daughter Linh 0912 345 678 is being bullied"
    async with running(api, snapshot, settings_for(api, tmp_path)):
        api.fail("sendMessage", "500")
        api.push(message_update(303, secret_question, language_code="en"))
        await api.wait_for(lambda: len(api.sent(303)) == 1)
    output = debug_log.getvalue()
    assert "sendMessage failed" in output
    assert api.token not in output
    assert api.token.split(":")[1] not in output
    assert "Linh" not in output and "bullied" not in output
