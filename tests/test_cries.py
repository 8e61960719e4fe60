"""A cry for help alone gets 111 and a question back, in its own language; a greeting or thanks
still gets its own answer."""

import pytest

from bot.reply import compose


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("help", "en", "en"), ("HELP!!", "en", "en"), ("help me", "vi", "vi"), ("sos", "id", "id"),
    ("cứu", "vi", "vi"), ("giúp em với", "vi", "vi"), ("cuu e vs", "vi", "vi"),
    ("e phải làm sao đây", "vi", "vi"), ("tolong", "vi", "id"), ("gimana ini", "id", "id"),
    ("what do I do", "en", "en"), ("heeelp", "en", "en"), ("tolong dong kak", "id", "id"),
])
def test_a_cry_for_help_leads_with_111_and_asks_what_is_happening(snapshot, text, lang,
                                                                   expected):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.lang == expected
    assert "111" in reply.text.split("\n")[0]
    assert reply.topic not in ("greeting", "thanks")
    assert reply.buttons[0].action == "hotline"


@pytest.mark.parametrize(("text", "topic"), [
    ("hello", "greeting"), ("xin chào", "greeting"), ("thanks for your help", "thanks"),
    ("cảm ơn đã giúp", "thanks"),
])
def test_greetings_and_thanks_still_get_their_answer(snapshot, text, topic):
    assert compose(snapshot, text, "vi", None).topic == topic


def test_a_cry_with_a_problem_in_it_is_answered_for_the_problem(snapshot):
    reply = compose(snapshot, "help me get my hacked instagram back", "en", None)
    assert reply.topic == "account_hacked"
