"""Quizzes as native quiz polls, tips, and a daily tip that survives a restart."""

from __future__ import annotations

import asyncio

from bot.testing.bot_api import callback_update, message_update, poll_answer_update
from bot.testing.harness import running, settings_for


async def test_a_full_quiz_round_is_scored_and_links_missed_topics(api, snapshot,
                                                                   tmp_path) -> None:
    user = 81
    async with running(api, snapshot, settings_for(api, tmp_path)) as bot:
        state = bot.application.bot_data["state"]
        api.push(message_update(user, "/quiz", language_code="en"))
        for number in range(5):
            async def live(n: int = number) -> bool:
                record = await state.store.quiz_round(user, user)
                return len(api.answered("sendPoll")) == n + 1 and bool(record and record.poll_id)

            await api.wait_for(live)
            poll = api.answered("sendPoll")[-1]
            assert poll.params["type"] == "quiz" and poll.params["is_anonymous"] == "false"
            scenario = next(s for s in snapshot.content.scenarios
                            if s.question["en"] == poll.params["question"])
            correct = poll.params["correct_option_ids"][0]
            assert correct == scenario.correct
            given = correct if number < 3 else (correct + 1) % len(scenario.options["en"])
            poll_id = (await state.store.quiz_round(user, user)).poll_id
            api.push(poll_answer_update(poll_id, user, given, language_code="en"))
        await api.wait_for(lambda: len(api.sent(user)) == 2)
    intro, result = api.sent(user)
    assert intro.params["text"] == snapshot.content.ui.text("quiz_intro", "en", total="5")
    assert "3 of 5" in result.params["text"]
    links = [b["callback_data"] for row in result.params["reply_markup"]["inline_keyboard"]
             for b in row]
    assert 1 <= len(links) <= 2 and all(link.startswith("t:") for link in links)


async def test_tip_fits_the_role_and_language(api, snapshot, tmp_path) -> None:
    async with running(api, snapshot, settings_for(api, tmp_path)):
        api.push(callback_update(82, "role:parent", language_code="id"))
        await api.wait_for(lambda: len(api.answered("editMessageText")) == 1)
        api.push(message_update(82, "/tip", language_code="id"))
        await api.wait_for(lambda: len(api.sent(82)) == 1)
    text = api.sent(82)[0].params["text"]
    tips = [t for t in snapshot.content.tips if t.text["id"] in text]
    assert len(tips) == 1 and tips[0].audience in ("parent", "both")


async def test_a_subscription_fires_and_survives_a_restart(api, snapshot, tmp_path) -> None:
    user = 83
    settings = settings_for(api, tmp_path, tip_interval=0.5)
    async with running(api, snapshot, settings):
        api.push(message_update(user, "/subscribe 7", language_code="en"))
        await api.wait_for(lambda: len(api.sent(user)) == 2)
    assert "7:00" in api.sent(user)[0].params["text"]
    header = snapshot.content.ui.text("tip_header", "en")
    assert api.sent(user)[1].params["text"].startswith(header)

    async with running(api, snapshot, settings):
        await api.wait_for(lambda: len(api.sent(user)) == 3)
        api.push(message_update(user, "/forget", language_code="en"))
        await api.wait_for(lambda: len(api.sent(user)) == 4)
        await asyncio.sleep(1.2)
    assert api.sent(user)[2].params["text"].startswith(header)
    assert len(api.sent(user)) == 4, "a tip came after /forget"


async def test_in_a_group_only_the_player_advances_the_round_and_a_retracted_vote_waits(
        api, snapshot, tmp_path) -> None:
    player, stranger, group = 83, 84, -8300
    async with running(api, snapshot, settings_for(api, tmp_path)) as bot:
        state = bot.application.bot_data["state"]
        api.push(message_update(group, "/quiz", user_id=player, chat_type="group",
                                language_code="en"))
        async def live() -> bool:
            record = await state.store.quiz_round(player, group)
            return bool(record and record.poll_id)

        await api.wait_for(live)
        poll_id = (await state.store.quiz_round(player, group)).poll_id
        api.push(poll_answer_update(poll_id, stranger, 0, language_code="en"))
        retracted = poll_answer_update(poll_id, player, 0, language_code="en")
        retracted["poll_answer"]["option_ids"] = []
        retracted["poll_answer"]["option_persistent_ids"] = []
        api.push(retracted)
        await asyncio.sleep(0.5)
        assert len(api.answered("sendPoll")) == 1, "a stranger or a retraction moved the round"
        api.push(poll_answer_update(poll_id, player, 1, language_code="en"))
        await api.wait_for(lambda: len(api.answered("sendPoll")) == 2)
    assert int(api.answered("sendPoll")[1].params["chat_id"]) == group
