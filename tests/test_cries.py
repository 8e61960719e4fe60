"""A cry for help alone gets 111 and a question back, in its own language; a greeting or thanks
still gets its own answer."""

import pytest
import yaml

from bot.reply import banner, compose
from tests.conftest import PROJECT


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("help", "en", "en"), ("HELP!!", "en", "en"), ("help me", "vi", "vi"), ("sos", "id", "id"),
    ("cứu", "vi", "vi"), ("giúp em với", "vi", "vi"), ("cuu e vs", "vi", "vi"),
    ("e phải làm sao đây", "vi", "vi"), ("tolong", "vi", "id"), ("gimana ini", "id", "id"),
    ("what do I do", "en", "en"), ("heeelp", "en", "en"), ("tolong dong kak", "id", "id"),
    ("làm ơn giúp em", "vi", "vi"),  # "làm ơn giúp" is a cry too: "em" must not be left over
    ("cíu t vs mn", "vi", "vi"), ("cứuuu e vs 😭", "vi", "vi"),  # "cứuuu" squeezes to "cu"
    ("giup toi gap", "vi", "vi"), ("xin hay giup em", "vi", "vi"), ("aduh gimana nih", "id", "id"),
    ("please someone answer", "en", "en"), ("someone please come", "en", "en"),
    ("ai đó giúp e đi 😭", "vi", "vi"),
    ("please someone", "en", "en"), ("siapa saja tolong", "id", "id"),
    ("aku butuh bantuan sekarang", "id", "id"),
    # fear and "is anyone there", said together and however typed
    ("Có ai không, tôi sợ lắm.", "vi", "vi"), ("t sợ qá, có ai ở đây k", "vi", "vi"),
    ("im terrified, is anyone there", "en", "en"), ("aku takut banget, ada orang gak", "id", "id"),
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


@pytest.mark.parametrize(("text", "lang", "distressed"), [
    ("em sợ lắm, có người đứng ngoài cửa", "vi", True),
    ("con bé vẫn chưa về, gọi không nghe máy", "vi", True),
    ("my brother is not answering and it's getting dark", "en", True),
    ("adikku belum pulang, hpnya tidak bisa dihubungi", "id", True),
    ("số dư tài khoản của bạn là 200.000đ", "vi", False),  # "số" is not "sợ"
    ("see you at the school gate after class", "en", False),
    ("jemput adik di gerbang sekolah jam 4 ya", "id", False),
    # happening as it is written
    ("em đang ở trạm xe buýt, ông đó lại đứng cuối trạm", "vi", True),
    ("aku lagi di halte, orang itu ngikutin", "id", True),
    # "đăng" (posted) typed plainly is "dang": not "đang ở"
    ("con gái tôi hay đăng ảnh lên mạng", "vi", False),
    ("kirim lagi fotonya dong", "id", False),
    # "tra cứu" (look up) holds "cứu" (help) without its fear; a plea keeps it
    ("GHN: đơn hàng đang giao, tra cứu hành trình tại ghn.vn", "vi", False),
    ("cứu, có người đang đập cửa nhà em", "vi", True),
])
def test_distress_is_read_in_every_language(snapshot, text, lang, distressed):
    assert snapshot.cries.distressed(text, lang) is distressed


@pytest.mark.parametrize(("text", "lang"), [
    ("see you at the school gate after class, bring my charger", "en"),
    ("Jemput adik di gerbang sekolah jam 4 ya, jangan telat", "id"),
])
def test_an_unsure_reply_near_a_danger_topic_raises_no_alarm_without_distress(snapshot, text,
                                                                               lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.kind == "suggest" and snapshot.content.topics[reply.suggestions[0]].urgent
    banners = {banner(snapshot, lang, (), audience) for audience in ("parent", "teen", None)}
    assert not reply.urgent and not any(reply.text.startswith(b) for b in banners)
    assert "111" in reply.text  # the unsure reply still names the hotline
    assert reply.buttons[0].action == "hotline"


def test_an_unsure_reply_near_a_danger_topic_opens_with_111_when_the_writer_is_afraid(snapshot):
    reply = compose(snapshot, "Jemput adik di gerbang sekolah jam 4 ya, aku takut dia sendirian",
                    "id", None)
    assert reply.kind == "suggest" and reply.urgent
    banners = {banner(snapshot, "id", (), audience) for audience in ("parent", "teen", None)}
    assert any(reply.text.startswith(b) for b in banners)


@pytest.mark.parametrize(("text", "audience"), [("cứu e vs", "teen"), ("cứu em với", None)])
def test_a_cry_that_is_also_a_crisis_cue_is_asked_what_is_happening(snapshot, text, audience):
    """"cứu em với" is a crisis cue too; alone it tells no story, so the generic danger steps
    ("someone won't let you go home…") would be a guess: ask instead."""
    reply = compose(snapshot, text, "vi", audience)
    assert reply.urgent and reply.topic is None and reply.kind == "suggest"
    assert reply.text == snapshot.content.ui.text("cry_for_help", "vi", audience)


def test_a_frightened_writer_gets_111_first_when_any_close_topic_is_about_danger(snapshot):
    """The closest topic here is the warning signs of abuse; self-harm is second. The writer
    is afraid, so the danger topics come first, under the 111 banner."""
    reply = compose(snapshot, "con bé khóc nhiều lắm, không chịu nói ai nhắn tin, tôi sợ lắm",
                    "vi", "parent")
    topics = snapshot.content.topics
    assert reply.kind == "suggest" and reply.urgent
    assert topics[reply.suggestions[0]].urgent
    assert reply.text.startswith(banner(snapshot, "vi", (), "parent"))


@pytest.mark.parametrize(("text", "lang"), [
    ("see you at the school gate after class 😰", "en"),
    ("Jemput adik di gerbang sekolah jam 4 ya 🆘", "id"),
])
def test_a_mark_of_fear_is_distress_where_words_say_nothing(snapshot, text, lang):
    assert snapshot.cries.distressed(text, lang)
    reply = compose(snapshot, text, lang, None)
    assert reply.kind == "suggest" and reply.urgent


def test_a_threat_in_a_message_that_reads_as_a_scam_is_distress(snapshot):
    """Shorthand the topics do not know: the threat and the demand for secrecy are fear said
    by the other side, so 111 opens even though the writer says nothing of being afraid."""
    text = "foto lu udh gw simpen smua. tf 500rb ke dana gw skrg atau gw sebar. jgn bilang ortu"
    scan = snapshot.redflags.read(text, "id")
    assert scan.warning and {"threat", "secrecy"} <= set(scan.ids)
    assert not snapshot.cries.distressed(text, "id")
    assert snapshot.cries.distressed(text, "id", scan.ids)
    assert compose(snapshot, text, "id", None).urgent



@pytest.mark.parametrize("name", ["cries_dev13.yaml", "cries_dev16.yaml"])
def test_every_cry_of_the_cries_development_sets_gets_111(snapshot, name):
    """Written blind, then read: 80 and 90 cries in five styles. cries_dev16 keeps one miss:
    "cuuu mk vsss" stretches two words two ways at once."""
    cases = yaml.safe_load((PROJECT / "tests" / "data" / name).read_text("utf-8"))
    allowed = {"cries_dev16.yaml": 1}
    wrong = []
    for case in cases:
        lang = "vi" if case["style"] in ("vi", "nd", "tc") else case["style"]
        reply = compose(snapshot, case["text"], lang, None)
        if case["kind"] == "cry":
            ok = reply.urgent and "111" in reply.text and reply.topic not in ("greeting", "thanks")
        else:
            continue
        if not ok:
            wrong.append(case["text"])
    assert len(cases) >= 80 and len(wrong) <= allowed.get(name, 0), wrong


def test_an_unsure_reply_whose_closest_guess_is_a_crisis_topic_opens_with_111(snapshot):
    """No cue and no word of fear, but self-harm stands clear of every ordinary topic: "a weak
    match never beats danger", so the 111 banner opens the closest topics."""
    text = ("everything feels pointless lately and i keep thinking everyone would be fine without "
            "me around")
    assert snapshot.crisis.assess(text).hit is None
    reply = compose(snapshot, text, "en", None)
    assert reply.kind == "suggest" and reply.urgent
    assert reply.suggestions[0] == "self_harm"
    banners = {banner(snapshot, "en", (), audience) for audience in ("parent", "teen", None)}
    assert any(reply.text.startswith(b) for b in banners)


def test_a_flat_ranking_raises_no_alarm_even_with_a_crisis_topic_first(snapshot):
    """"What's the weather like in Da Nang?" ranks self-harm first by 0.03: a guess that says
    nothing; the hotline is offered without the alarm."""
    reply = compose(snapshot, "What's the weather like in Da Nang?", "en", None)
    assert not reply.urgent


@pytest.mark.parametrize(("text", "lang"), [
    ("ada yg masuk rumah, takut", "id"),
])
def test_a_danger_topic_level_with_an_ordinary_answer_leads_when_the_writer_is_afraid(snapshot,
                                                                                     text, lang):
    """The hacked-account examples fit "masuk" a little better; a frightened writer gets the
    danger answer first and the other topic a tap away."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and snapshot.content.topics[reply.topic].urgent
    assert "111" in reply.text.splitlines()[0]


@pytest.mark.parametrize(("audience", "lang"), [("parent", "vi"), ("teen", "vi"), (None, "en")])
def test_an_unsure_reply_near_danger_names_111_once_then_warm_words(snapshot, audience, lang):
    text = {"vi": "con bé khóc nhiều lắm, không chịu nói ai nhắn tin, tôi sợ lắm",
            "en": "everything feels pointless lately and i keep thinking everyone would be "
                  "fine without me around"}[lang]
    reply = compose(snapshot, text, lang, audience)
    assert reply.kind == "suggest" and reply.urgent
    assert reply.text.count("111") == 1
    assert reply.text.endswith(snapshot.content.ui.text("did_you_mean_near_danger", lang,
                                                        audience))


def test_two_dangers_closest_raise_111_when_unsure_which(snapshot):
    """A friend giving everything away "to keep forever": unsure whether it is self-harm or a
    friend at risk, but not unsure that it is danger."""
    text = ("crush cũ của e tự dưng đem cho e hết mấy món đồ quý của nó, cả con mèo nữa, bảo là "
            "'giữ giùm t mãi nhé'. có phải nó định làm j dại ko mn")
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent and "111" in reply.text.splitlines()[0]


def test_two_dangers_level_with_an_ordinary_question_raise_no_alarm(snapshot):
    """"cổng trường" and "gọi số nào" pull towards danger topics, but a road question scores
    about as well: no banner for a pothole."""
    text = "Đường trước cổng trường tiểu học bị sụt một hố to, muốn báo phường thì gọi số nào?"
    assert not compose(snapshot, text, "vi", None).urgent


@pytest.mark.parametrize(("text", "lang"), [("cứuuuu emmm 😭😭", "vi"), ("tolonggg akuuu", "id"),
                                            ("tlg aku kak", "id"), ("hlep!!", "en"),
                                            ("help t vs", "vi"), ("e cần giúp", "vi")])
def test_a_cry_stretched_or_misspelt_word_by_word_is_still_a_cry(snapshot, text, lang):
    """'cứuuuu' keeps two letters ('cuu'), 'emmm' one ('em'): each word is read on its own."""
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and reply.topic is None and "111" in reply.text


@pytest.mark.parametrize(("piece", "lang", "asks"), [
    ("mà báo cáo acc nó trên insta ntn ạ", "vi", True),
    ("Aku harus lapor ke mana sekarang", "id", True),
    ("how do i report him", "en", True),
    ("Mẹ đi làm ca đêm", "vi", False),
    ("Parent here", "en", False),
    ("Selamat malam", "id", False),
])
def test_a_sentence_asks_only_with_a_question_mark_or_a_questions_words(snapshot, piece, lang,
                                                                          asks):
    assert snapshot.cries.asks(piece, lang) is asks


def test_a_sentence_that_only_tells_is_no_second_request_beside_a_danger(snapshot):
    reply = compose(snapshot, "Bố say rượu về đánh em bằng dây điện, bảo tối nay về sẽ xử "
                              "tiếp. Mẹ đi làm ca đêm. Em 13 tuổi, em sợ lắm", "vi", None)
    assert reply.urgent
    assert "topic:screen_time" not in [b.action for b in reply.buttons]


@pytest.mark.parametrize(("text", "lang"), [
    ("im not safe", "en"), ("em không an toàn", "vi"), ("aku gak aman", "id"),
    ("em bị đánh", "vi"), ("aku dipukul", "id"), ("call the police for me", "en"),
    ("gọi công an giúp em", "vi"), ("tolong panggil polisi", "id"),
    ("Con tôi đang gặp nguy 🙏", "vi"), ("tolong cepat, bahaya", "id"),
])
def test_danger_said_in_a_few_words_is_urgent(snapshot, text, lang):
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent
    assert "111" in reply.text.split("\n")[0]
