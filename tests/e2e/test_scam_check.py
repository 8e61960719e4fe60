"""/check, a cry for help and the reader's voice, through the real Application and the
Bot API stand-in."""

from __future__ import annotations

from bot.testing.bot_api import callback_update, message_update
from bot.testing.harness import RunningBot
from tests.e2e.test_conversations import buttons

SCAM = ("MoMo: Vi cua ban bi tam khoa. Nhap ma OTP vua nhan tai momo-hotro.vip/xacnhan "
        "truoc 23h59 hom nay de mo lai.")


async def test_check_with_a_pasted_message_lists_its_red_flags(bot: RunningBot, snapshot) -> None:
    api = bot.api
    api.push(message_update(301, f"/check {SCAM}", language_code="vi"))
    await api.wait_for(lambda: len(api.sent(301)) == 1)
    text = api.sent(301)[0].params["text"]
    signs = snapshot.content.scam
    sure = snapshot.redflags.read(SCAM, "vi").score >= signs.sure_at
    head = signs.text("warning_kind_sure" if sure else "warning_kind", "vi",
                      kind=signs.kind("scam_phishing", "vi"))
    assert text.startswith(head), text[:80]
    assert "🚩" in text and "5656" in text
    assert buttons(api.sent(301)[0])[0][1] == "hotline"


async def test_a_bare_check_asks_for_the_message_and_reads_the_next_one(bot: RunningBot,
                                                                        snapshot) -> None:
    api = bot.api
    api.push(message_update(302, "/check", language_code="en"))
    await api.wait_for(lambda: len(api.sent(302)) == 1)
    assert api.sent(302)[0].params["text"] == snapshot.content.scam.text("ask_for_message", "en")
    api.push(message_update(302, "see you at the library at 4, bring the maths notes",
                            language_code="en"))
    await api.wait_for(lambda: len(api.sent(302)) == 2)
    assert snapshot.content.scam.text("no_signs", "en")[:30] in api.sent(302)[1].params["text"]


async def test_a_cry_for_help_gets_111_first(bot: RunningBot) -> None:
    api = bot.api
    api.push(message_update(303, "HELP!!", language_code="en"))
    await api.wait_for(lambda: len(api.sent(303)) == 1)
    reply = api.sent(303)[0].params["text"]
    assert "111" in reply.split("\n")[0] and "glad" not in reply.lower()


async def test_a_teen_never_sees_a_parents_button(bot: RunningBot, snapshot) -> None:
    api = bot.api
    parents = {t for t, item in snapshot.content.topics.items() if item.category == "parents"}
    api.push(callback_update(304, "role:teen", language_code="vi"))
    await api.wait_for(lambda: len(api.answered("editMessageText")) >= 1)
    api.push(message_update(304, "có người lạ cứ nhắn tin đòi ảnh của em, em phải làm sao",
                            language_code="vi"))
    await api.wait_for(lambda: len(api.sent(304)) == 1)
    shown = {data.split(":", 1)[1] for _, data in buttons(api.sent(304)[0]) if ":" in data}
    assert not shown & parents
