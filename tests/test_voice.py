"""The right voice for who is asking: no parent's button for a teen, banners per reader, and
`check` warns when a text speaks to the other reader."""

import re
from datetime import date

import pytest

from bot.check import check_content
from bot.check_texts import check_texts
from bot.content import load_content
from bot.reply import compose, fits, topic_reply


def test_a_teen_is_never_offered_a_parents_topic(snapshot):
    everyone = set(snapshot.content.ui.for_everyone)
    parents = {t for t, item in snapshot.content.topics.items()
               if item.category == "parents" and t not in everyone}
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


def test_a_reply_fits_a_phone_with_at_most_four_buttons(snapshot):
    """The hotline and three topics: under a long answer a fifth reads as a menu (reviews scored
    replies down for it)."""
    replies = [topic_reply(snapshot, t, "vi", None) for t in snapshot.content.topics]
    replies += [compose(snapshot, text, lang, None) for text, lang in [
        ("Is this real? 'Hi, this is Shopee HR. We're hiring reviewers, pay a 200k activation "
         "fee to unlock your account. Add me on Telegram @shopee_hr'", "en"),
        ("con trai tôi 13 tuổi đi chơi từ chiều chưa về, gọi không bắt máy", "vi"),
        ("aku mau ketemu teman dari game besok, aman gak?", "id"),
    ]]
    assert max(len(r.buttons) for r in replies) <= 4


def test_a_teacher_or_neighbour_is_read_as_an_adult_even_when_quoting_the_child(snapshot):
    for text, lang in [
        ("Tôi là giáo viên, học sinh nhắn cho tôi 'em mệt lắm rồi, em muốn biến mất'", "vi"),
        ("I'm a teacher and one of my students says 'my mom will kill me'", "en"),
        ("Saya guru BK, murid saya bilang 'aku dibully'", "id"),
    ]:
        assert snapshot.audience.guess(snapshot.index.prepare(text, lang).words, lang) == "adult"
    grandma = snapshot.index.prepare("cháu tôi 14 tuổi bỏ nhà đi từ tối qua", "vi")
    assert snapshot.audience.guess(grandma.words, "vi") == "family"


def test_a_grandparent_or_aunt_reads_the_parents_text_in_their_own_words(snapshot):
    """An aunt raising her niece was told "đừng cho con đi" and a grandmother was offered
    "Talking with your child": the parent's steps fit them, the parent's words do not."""
    aunt = ("Cháu gái tôi 16 tuổi ở với tôi. Có trang Facebook mời cháu làm người mẫu, "
            "đòi ảnh CCCD và đặt cọc 2 triệu phí hồ sơ. Tôi phải nói với cháu thế nào?")
    parent = aunt.replace("Cháu gái tôi", "Con gái tôi")
    for_aunt = compose(snapshot, aunt, "vi", None)
    for_parent = compose(snapshot, parent, "vi", None)
    assert for_aunt.topic == for_parent.topic
    assert re.search(r"\bcon\b", for_parent.text, re.IGNORECASE)
    assert not re.search(r"\bcon\b(?! (số|đường|người))", for_aunt.text, re.IGNORECASE)
    assert "cháu" in for_aunt.text
    grandma = ("I look after my grandson, he is 12. There are 30 payments to Google Play on my "
               "card for game skins. How do I get the money back?")
    reply = compose(snapshot, grandma, "en", None)
    labels = " ".join(b.label for b in reply.buttons) + reply.text
    assert "your child" not in labels.lower() and reply.topic == "in_app_spending"


def test_family_wording_keeps_other_senses_and_what_the_bot_quotes(snapshot):
    reword = snapshot.family.reword
    assert reword("Không có con số chung; con càng nhỏ càng ít.", "vi") == \
        "Không có con số chung; cháu càng nhỏ càng ít."
    assert reword("Con đang gặp nguy hiểm (“con tôi”)", "vi") == \
        "Cháu đang gặp nguy hiểm (“con tôi”)"
    assert reword("It is not your child's fault; talk with your child.", "en") == \
        "It is not the child's fault; talk with the child."
    assert reword("Con đang gặp nguy hiểm", "xx") == "Con đang gặp nguy hiểm"


def test_an_adult_gets_the_adult_text_else_the_parents_never_the_childs(snapshot):
    topics = snapshot.content.topics
    bullied = compose(snapshot, "I'm a teacher. Some students made a group chat mocking a girl "
                      "in my class with edited photos. How do I handle it?", "en", None)
    assert bullied.topic == "cyberbullying"
    assert bullied.text == topics["cyberbullying"].adult["en"].strip()
    item = topics["meeting_online_friend"]
    assert not item.adult and item.parent.get("en")
    assert item.text_for("en", "adult") == item.text_for("en", "parent")
    ui = snapshot.content.ui
    assert ui.text("urgent_banner", "en", "adult") == ui.text("urgent_banner", "en", "parent")
    assert not fits(snapshot, "talk_with_child", "teen") and fits(snapshot, "talk_with_child",
                                                                  "adult")


def test_a_teacher_whose_student_said_goodbye_gets_steps_for_an_adult(snapshot):
    reply = compose(snapshot, "I'm a teacher. A student just texted me 'this is goodbye, thank "
                    "you for everything' and now isn't answering her phone", "en", None)
    assert reply.urgent and reply.topic == "friend_at_risk"
    assert reply.text.startswith("📞 Call 111")
    assert "your parents" not in reply.text and "your child" not in reply.text.lower()


def test_a_homeroom_teacher_quoting_a_students_despair_gets_the_adults_steps(snapshot):
    """The student's "I" is in the quote; the reply speaks to the teacher who must act, not to
    the one in danger ("put the blade down")."""
    text = ("I'm a homeroom teacher. One of my grade 8 students sent me a photo of cuts on her "
            "arm and wrote 'sorry, I can't do this anymore'. She isn't answering.")
    assert snapshot.audience.guess(snapshot.index.prepare(text, "en").words, "en") == "adult"
    reply = compose(snapshot, text, "en", None)
    assert reply.urgent and reply.topic == "self_harm"
    assert reply.text == snapshot.content.topics["self_harm"].text_for("en", "adult")


def test_check_warns_when_an_adult_text_speaks_to_a_teen(content_copy):
    path = content_copy / "answers" / "missing_child.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("1. Tell the child's parents or carers now",
                                 "1. Tell your parents now", 1), encoding="utf-8")
    content, _ = load_content(content_copy)
    found = [p for p in check_texts(content) if "adult text" in p.message]
    assert found and found[0].path == "answers/missing_child.yaml" and found[0].line > 0
    assert "write it to an adult" in found[0].fix


def test_a_parent_asking_about_a_job_abroad_for_their_child_is_answered_as_a_parent(snapshot):
    reply = compose(snapshot, "my 16 year old daughter got an offer online to work as a model "
                    "in Korea, they pay the tickets. should i let her go?", "en", None)
    assert reply.topic == "trafficking_job_offer"
    assert "Don't let your child go" in reply.text and "Ask a parent" not in reply.text


def test_a_topic_for_everyone_has_a_teens_text_and_is_offered_to_a_teen(snapshot):
    """"How do I make my Instagram private? im 14": the privacy topic, worded for a teen, not
    hidden as a parents' topic (which left "someone young is missing" as the only guess)."""
    topics = snapshot.content.topics
    to_parents = [cue.raw.lower() for cue in snapshot.content.audience_cues["parent_voice"]
                  if cue.lang == "en"]
    for topic in snapshot.content.ui.for_everyone:
        shown = topics[topic].text_for("en", "teen").lower()
        assert not [p for p in to_parents if p in shown], topic
        assert fits(snapshot, topic, "teen") and fits(snapshot, topic, "parent")
    reply = compose(snapshot, "how do i make my instagram private so randoms cant find me? "
                    "im 14", "en", None)
    assert not reply.urgent
    offered = [b.action for b in reply.buttons]
    assert offered[1] == "topic:privacy_settings" or reply.topic == "privacy_settings"


def test_a_stranger_asking_a_child_where_they_live_is_their_story_not_a_paste(snapshot):
    """"Em bị người lạ nhắn tin làm quen…, hỏi em học trường nào": the child's own story gets
    the grooming steps in their words, not "this message shows signs of a scam"."""
    reply = compose(snapshot, "Em bị người lạ nhắn tin làm quen trên Zalo, hỏi em học trường "
                    "nào, nhà ở đâu. Em nên làm sao?", "vi", None)
    assert reply.kind == "answer" and reply.topic == "grooming"
    assert "lừa đảo" not in reply.text.split("\n", 1)[0]


def test_a_parent_writing_with_their_spouse_gets_the_parents_words(snapshot):
    reply = compose(snapshot, "Chồng tôi phát hiện con gái 14 tuổi lén nhắn tin với một ông 35 "
                    "tuổi, ông ta hứa mua điện thoại mới cho nó. Chúng tôi phải làm gì trước?",
                    "vi", None)
    assert reply.topic == "grooming"
    # The learned reading reads a 14-year-old secretly texting a man of 35 as possible danger
    # now: the parents' banner may open the reply, the parents' answer follows.
    assert reply.text.endswith(snapshot.content.topics["grooming"].parent["vi"].strip())
    assert "Nếu em" not in reply.text and "Nếu bạn hoặc một người bạn" not in reply.text


def test_a_teen_asking_if_a_phone_curfew_is_fair_is_offered_screen_time_first(snapshot):
    reply = compose(snapshot, "mẹ e bắt nộp đt mỗi tối lúc 9h, vậy có quá đáng ko mn", "vi",
                    None)
    first = reply.topic or next(b.action.removeprefix("topic:") for b in reply.buttons
                                if b.action.startswith("topic:"))
    assert first == "screen_time" and not reply.urgent


def test_an_adult_gets_a_cases_adult_text_else_its_witness_text_not_the_parents(snapshot):
    teacher = compose(snapshot, "Saya wali kelas. Ada murid kelas 8 yang fotonya diedit jadi "
                      "telanjang pakai AI dan disebar di grup angkatan.", "id", None)
    assert teacher.topic == "deepfake_nudes" and "anak Anda" not in teacher.text
    case = next(c for c in snapshot.content.topics["stalking"].cases if c.id == "near_now")
    assert not case.adult and case.text_for("en", "adult") == case.answer["en"].strip()


def test_check_names_a_topic_list_entry_that_is_no_topic(content_copy):
    path = content_copy / "answers" / "_ui.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("for_everyone: [privacy_settings,",
                                 "for_everyone: [privacy_setings,", 1), encoding="utf-8")
    _, problems = check_content(content_copy, date(2026, 11, 30), cross_test=False)
    found = [p for p in problems if "privacy_setings" in p.message]
    assert found and found[0].path == "answers/_ui.yaml" and found[0].line > 0
    assert "for_everyone" in found[0].message


def test_a_case_named_for_an_adult_is_not_read_as_the_adult_text(snapshot):
    """"case told_adult/teen/id" is the teen text of a case whose id ends in "_adult": it may
    speak to a teen; only the key before the language names the reader."""
    found = [p for p in check_texts(snapshot.content) if "told_adult/teen" in p.message]
    assert snapshot.content.topics["urgent_help"].text_for("id", "teen", "told_adult")
    assert "kamu" in snapshot.content.topics["urgent_help"].text_for("id", "teen", "told_adult")
    assert not found


def test_a_child_asking_about_an_apps_age_is_answered_as_a_child(snapshot):
    """"e 11t tạo tiktok dc ko": the ages, then what a child can do while waiting, not "set the
    account up with your child"."""
    reply = compose(snapshot, "e 11 tuổi lập tiktok dc ko, mẹ e bảo phải 13 tuổi", "vi", None)
    item = snapshot.content.topics["age_requirements"]
    assert reply.topic == "age_requirements" and reply.text == item.text_for("vi", "teen")
    assert reply.text != item.text_for("vi", "parent")



@pytest.mark.parametrize("topic", ["self_harm", "stalking", "sextortion"])
@pytest.mark.parametrize(("lang", "yours"), [("vi", "con bạn"), ("en", "your child"),
                                             ("id", "anak Anda")])
def test_a_teacher_or_relative_is_not_told_of_their_child(snapshot, topic, lang, yours):
    """A coach or an aunt acts for the child as a parent does, but the child is not theirs:
    "your child" reads as the bot not listening."""
    item = snapshot.content.topics[topic]
    text = item.text_for(lang, "adult")
    assert text != item.text_for(lang, "parent")
    assert "111" in text.splitlines()[0] and yours not in text.lower()


def test_a_teacher_whose_student_has_pills_is_not_told_to_find_an_adult(snapshot):
    reply = compose(snapshot, "I teach year 8. A student just told me she has a bottle of pills "
                    "in her bag and doesn't want to go home tonight", "en", "adult")
    assert reply.urgent and reply.topic == "friend_at_risk"
    assert "adult near you" not in reply.text and "parents or carers" in reply.text


def test_a_teacher_asking_about_grooming_is_answered_as_the_adult_beside_the_child(snapshot):
    """Not "your child": a teacher is told to bring in the child's parents."""
    reply = compose(snapshot, "I'm a teacher. An adult on Roblox keeps sending one of my "
                              "students gifts and asking for photos, what should I do?", "en", None)
    assert reply.topic == "grooming"
    assert reply.text == snapshot.content.topics["grooming"].text_for("en", "adult")
    assert "parents or carers" in reply.text


@pytest.mark.parametrize(("text", "lang"), [
    ("im a teacher and a parent in our class group keeps posting photos of all the kids with "
     "their full names, should i say something", "en"),
    ("saya guru kelas 3, ada orang tua murid yang posting foto semua anak waktu lomba "
     "lengkap dengan nama mereka, sebaiknya saya ingatkan?", "id"),
])
def test_a_teacher_asking_about_childrens_photos_gets_the_adult_text(snapshot, text, lang):
    """Not the parents' "ask your child before you post": a teacher speaks to another parent."""
    reply = compose(snapshot, text, lang, None)
    assert reply.topic == "sharenting"
    assert reply.text == snapshot.content.topics["sharenting"].text_for(lang, "adult")


@pytest.mark.parametrize(("quoted", "own", "lang"), [
    ("someone in the group chat wrote 'i can't do this anymore, i'm done' and went offline",
     "i can't do this anymore, i'm done, i'm going offline", "en"),
    ("trong nhóm lớp có đứa nhắn 'mình không chịu nổi nữa, mai mình sẽ biến mất' rồi off",
     "mình không chịu nổi nữa, mai mình sẽ biến mất", "vi"),
    ("ada yang nulis di grup kelas “aku capek, aku mau mati aja” terus offline",
     "aku capek, aku mau mati aja", "id"),
])
def test_an_i_inside_quote_marks_is_not_the_writers_own(snapshot, quoted, own, lang):
    """The words a person passes on in quotes are someone else's: the writer is helping."""
    assert snapshot.crisis.whose_words(own, lang) == "own"
    assert snapshot.crisis.whose_words(quoted, lang) != "own"


def test_a_teachers_word_for_a_notebook_is_no_husbands_wife(snapshot):
    """"vở em" (her notebook) folds to the letters of "vợ em" (my wife): the teacher who says
    so is still a teacher, and gets the adult's steps."""
    text = ("Tôi là giáo viên chủ nhiệm. Trong vở em học sinh để lại dòng 'em xin lỗi mọi người, "
            "tối nay em đi rồi', gọi phụ huynh không ai nghe máy")
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent and reply.topic in ("self_harm", "friend_at_risk")
    assert reply.text == snapshot.content.topics[reply.topic].text_for("vi", "adult")


def test_a_family_wording_line_that_changes_nothing_clearly_is_an_error(content_copy):
    path = content_copy / "intents" / "_audience.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    - con → cháu\n", "    - con → cháu → bé\n", 1),
                    encoding="utf-8")
    _, problems = load_content(content_copy)
    bad = [p for p in problems
           if p.path.endswith("_audience.yaml") and "con → cháu → bé" in p.message]
    assert bad and bad[0].severity == "error" and bad[0].line > 0 and "→" in bad[0].fix
