"""The right voice for who is asking: no parent's button for a teen, banners per reader, and
`check` warns when a text speaks to the other reader."""

from bot.check_texts import check_texts
from bot.content import load_content
from bot.reply import compose, fits, topic_reply


def test_a_teen_is_never_offered_a_parents_topic(snapshot):
    parents = {t for t, item in snapshot.content.topics.items() if item.category == "parents"}
    for topic in snapshot.content.topics:
        reply = topic_reply(snapshot, topic, "vi", "teen")
        shown = {b.action.split(":", 1)[1] for b in reply.buttons if b.action.startswith("topic:")}
        assert not shown & parents, (topic, shown & parents)
    assert not fits(snapshot, "talk_with_child", "teen")
    assert fits(snapshot, "talk_with_child", "parent") and fits(snapshot, "talk_with_child", None)


def test_the_urgent_banner_speaks_to_the_reader(snapshot):
    ui = snapshot.content.ui
    assert ui.text("urgent_banner", "vi", "parent") != ui.text("urgent_banner", "vi", "teen")
    reply = compose(snapshot, "con tôi 13 tuổi vừa nói là muốn chết", "vi", None)
    assert reply.urgent and "111" in reply.text


def test_check_warns_when_a_parent_text_speaks_to_a_teen(content_copy):
    path = content_copy / "answers" / "grooming.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Tetap tenang dan jangan memarahi:",
                                 "Kamu harus tetap tenang dan jangan memarahi:", 1),
                    encoding="utf-8")
    content, _ = load_content(content_copy)
    found = [p for p in check_texts(content) if "speaks to a teen" in p.message]
    assert found and found[0].path == "answers/grooming.yaml" and found[0].line > 0


def test_a_parent_is_never_answered_with_a_text_written_to_teens(snapshot):
    """A topic written for teens ("keeps you safe", "it is not your fault") keeps a parent's
    wording too, since a parent asking how to keep their child safe lands on it."""
    teens = [t for t, item in snapshot.content.topics.items() if item.category == "teens"]
    assert teens
    for topic in teens:
        item = snapshot.content.topics[topic]
        for lang in ("vi", "en", "id"):
            assert item.text_for(lang, "parent") != item.text_for(lang, "teen"), (topic, lang)
    reply = compose(snapshot, "what can I do to keep my kid safe on tiktok?", "en", None)
    assert reply.topic == "teen_safety_tips" and "your child" in reply.text


def test_a_reply_fits_a_phone_with_at_most_five_buttons(snapshot):
    """The hotline and four topics: a sixth button pushes the first ones off a phone screen."""
    replies = [topic_reply(snapshot, t, "vi", None) for t in snapshot.content.topics]
    replies += [compose(snapshot, text, lang, None) for text, lang in [
        ("Is this real? 'Hi, this is Shopee HR. We're hiring reviewers, pay a 200k activation "
         "fee to unlock your account. Add me on Telegram @shopee_hr'", "en"),
        ("con trai tôi 13 tuổi đi chơi từ chiều chưa về, gọi không bắt máy", "vi"),
        ("aku mau ketemu teman dari game besok, aman gak?", "id"),
    ]]
    assert max(len(r.buttons) for r in replies) <= 5
