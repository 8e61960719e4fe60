"""The core's promises, checked on the shipped content."""

import pytest

from bot.reply import HOTLINE_ACTION, compose, topic_reply


@pytest.mark.parametrize(("text", "lang"), [
    ("Có người lạ đang đứng chờ con tôi trước cổng nhà và đe dọa", "vi"),
    ("em muon chet", "vi"),
    ("A man is threatening my daughter right now", "en"),
    ("Saya ingin bunuh diri", "id"),
    ("hắn dọa tung ảnh nóng của em nếu em ko chuyển tiền", "vi"),
])
def test_danger_now_opens_with_111_in_every_language(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent
    assert reply.lang == lang
    assert "111" in reply.text.splitlines()[0]
    assert reply.buttons[0].action == HOTLINE_ACTION


def test_crisis_inside_an_ordinary_topic_still_puts_111_first(snapshot):
    reply = compose(snapshot, "Con tôi đi gặp bạn quen qua game, giờ đang gặp nguy hiểm", "vi",
                    None)
    assert reply.urgent
    assert "111" in reply.text.splitlines()[0]


def test_out_of_scope_is_not_answered_confidently(snapshot):
    reply = compose(snapshot, "Công thức nấu phở bò ngon", "vi", None)
    assert reply.topic is None
    assert reply.kind in ("fallback", "suggest")
    assert "111" in reply.text
    assert any(b.action == HOTLINE_ACTION for b in reply.buttons)


def test_confident_answer_carries_related_topics_and_hotline(snapshot):
    reply = compose(snapshot, "Làm sao để báo cáo một video xấu trên TikTok?", "vi", None)
    assert reply.kind == "answer" and reply.topic == "report_tiktok"
    actions = [b.action for b in reply.buttons]
    assert actions[0] == HOTLINE_ACTION
    assert any(a.startswith("topic:") for a in actions[1:])


def test_unsure_match_offers_at_most_three_topics(snapshot):
    replies = [compose(snapshot, text, "vi", None) for text in
               ("mạng", "tài khoản", "ảnh", "con tôi", "báo cáo")]
    suggesting = [r for r in replies if r.kind == "suggest"]
    assert suggesting, [r.kind for r in replies]
    for reply in suggesting:
        assert 1 <= len(reply.suggestions) <= 3
        assert reply.topic is None


def test_reply_is_in_the_language_of_the_message(snapshot):
    assert compose(snapshot, "how do I block someone on instagram", "vi", None).lang == "en"
    assert compose(snapshot, "cara blokir orang di instagram", "vi", None).lang == "id"
    assert compose(snapshot, "chặn người lạ trên zalo", "en", None).lang == "vi"


def test_audience_changes_the_wording_where_the_content_has_variants(snapshot):
    topic = next(t for t in snapshot.content.topics.values() if t.parent and t.teen)
    parent = topic_reply(snapshot, topic.id, "vi", "parent")
    teen = topic_reply(snapshot, topic.id, "vi", "teen")
    assert parent.text != teen.text


def test_every_answer_in_every_language_names_111(snapshot):
    for topic in snapshot.content.topics.values():
        for lang in ("vi", "en", "id"):
            for audience in (None, "parent", "teen"):
                assert "111" in topic.text_for(lang, audience), (topic.id, lang, audience)
