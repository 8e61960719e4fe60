"""The learned second reading of danger now: how it learns, what it adds to the cues, and how
it fails safe."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.check import check_content
from bot.cli import main
from bot.learned import (
    LABELLED_SETS,
    LEARNED_FILE,
    Example,
    Head,
    digest,
    labelled_examples,
    learn,
    read,
    write,
)
from bot.reply import compose
from bot.snapshot import Snapshot, load_snapshot

PROJECT = Path(__file__).resolve().parent.parent

# Danger said in words no cue of intents/_crisis.yaml has: each is calm to the cues alone.
NO_CUE_NAMES_IT = [
    ("some adult in my daughter's game chat keeps sending her gift cards and just asked her to "
     "video call him alone at 11 tonight", "en"),
    ("HELP please i need someone right now", "en"),
    ("một anh quen qua tin nhắn rủ em chiều nay qua chỗ anh ấy chơi, anh ấy bảo đi một mình thôi",
     "vi"),
    ("tolong aku butuh seseorang sekarang juga", "id"),
]

_DANGER = ["he is outside my door right now with a knife", "a man is waiting at my gate now",
           "someone is following me home right now", "he says he is coming to my house tonight",
           "my daughter left with a stranger an hour ago and her phone is off"]
_CALM = ["how do i set up parental controls on a tablet", "what age is tiktok for",
         "how much screen time is healthy for a ten year old", "how do i report a fake shop",
         "is it safe to post photos of my baby online"]


def _corpus() -> list[Example]:
    return [Example(t, True, ("urgent_help",)) for t in _DANGER] * 4 \
        + [Example(t, False) for t in _CALM] * 4


def test_learning_tells_danger_from_calm_in_words_it_was_not_shown() -> None:
    model = learn(_corpus(), "toy", threshold=0.0)
    assert model.says_danger("a man is outside my house right now")
    assert not model.says_danger("how do i set up screen time on a phone")


def test_learning_is_the_same_every_time_from_the_same_sets() -> None:
    """Seeded: a relearn from unchanged sets changes no weight, so its diff is empty."""
    assert learn(_corpus(), "toy") == learn(_corpus(), "toy")


def test_a_topic_head_names_its_own_danger_among_dangers() -> None:
    examples = _corpus() + [Example("i took all the pills tonight", True, ("self_harm",)),
                            Example("i want to die tonight, i have the pills", True,
                                    ("self_harm",))] * 6
    model = learn(examples, "toy", topics=("self_harm",))
    assert model.which("tonight i take the pills") == "self_harm"
    assert model.which("a man is waiting at my gate now") is None


def test_held_out_sets_are_never_learned_from(tmp_path: Path) -> None:
    (tmp_path / "taught.yaml").write_text('- {text: "a", urgent: true}\n'
                                          '- {text: "b", kind: cry}\n'
                                          '- {text: "c", scam: true, intent: scam_phishing}\n'
                                          '- {text: "d", scam: true, intent: sextortion}\n'
                                          '- {text: "e", intent: greeting}\n', "utf-8")
    (tmp_path / "kept_apart.yaml").write_text("# Held-out: run it, do not train on it.\n"
                                              '- {text: "f", urgent: false}\n', "utf-8")
    found = [(e.text, e.danger) for e in labelled_examples(tmp_path)]
    assert found == [("a", True), ("b", True), ("c", False)]
    before = digest(tmp_path)
    (tmp_path / "kept_apart.yaml").write_text("# held-out\n- {text: g, urgent: true}\n", "utf-8")
    assert digest(tmp_path) == before


def test_the_shipped_reading_was_learned_from_the_labelled_sets_as_they_are_now(snapshot) -> None:
    """A set added to tests/data without `python bot.py learn` fails here (and `check` warns)."""
    assert snapshot.content.learned.learned_from == digest(PROJECT / LABELLED_SETS)
    assert len(snapshot.content.learned.danger.weights) > 1000


@pytest.mark.parametrize(("text", "lang"), NO_CUE_NAMES_IT)
def test_danger_no_cue_names_gets_111_first_from_the_learned_reading(
        snapshot, cues_alone: Snapshot, text: str, lang: str) -> None:
    assert not compose(cues_alone, text, lang, None).urgent
    reply = compose(snapshot, text, lang, None)
    assert reply.urgent and "111" in reply.text.split("\n")[0], reply.text


def test_an_ordinary_topic_the_ranking_is_sure_of_keeps_its_answer_under_the_banner(
        snapshot) -> None:
    """A likelihood, not a cue anyone wrote: the grooming answer stays, 111 on top, the
    broad danger a tap away."""
    text = NO_CUE_NAMES_IT[2][0]
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent and reply.topic not in (None, "urgent_help")
    assert not snapshot.content.topics[reply.topic].urgent
    assert "111" in reply.text.split("\n")[0]
    assert "topic:urgent_help" in [b.action for b in reply.buttons]


def test_a_wish_to_die_read_by_the_learned_reading_gets_the_self_harm_answer(snapshot) -> None:
    text = "Mai là ngày cuối cùng rồi. Em đã gom đủ thuốc, chỉ muốn nói với ai đó một câu trước."
    reply = compose(snapshot, text, "vi", None)
    assert reply.urgent and reply.topic == "self_harm", reply.topic


@pytest.mark.parametrize(("text", "lang"), [
    ("last year a man from a game offered to pick my son up from school, how do I teach him "
     "to say no", "en"),
    ("how can I teach my daughter never to get in a car with someone she met online", "en"),
    ("năm ngoái có người lạ trên mạng hẹn đón con tôi ở cổng trường, giờ tôi nên dạy con thế "
     "nào", "vi"),
])
def test_a_past_story_or_a_question_of_prevention_stays_calm(snapshot, text: str,
                                                             lang: str) -> None:
    assert not compose(snapshot, text, lang, None).urgent


def test_the_learned_reading_is_not_asked_when_a_frame_calmed_the_message(snapshot) -> None:
    """A frame a moderator wrote ("what if", "last year") outranks a likelihood."""
    text = "what if someone from a game says he'll wait for me at the bus stop today"
    assert snapshot.crisis.assess(text).calmed
    assert not compose(snapshot, text, "en", None).urgent


def test_a_pasted_message_read_for_its_flags_is_read_for_danger_too(content_copy: Path) -> None:
    """A paste the cues read only for its red flags (a pick-up at dawn, papers, a fee) is
    still asked of the learned reading: a threat pasted by the child it threatens is danger
    before it is a scam. A reading taught that such pick-ups are danger puts 111 first."""
    text = ('con tôi nhận tin này: "xe đến đón lúc 4h sáng mai ở ngã tư, mang theo giấy tờ, nộp '
            '5 triệu phí trước qua stk 0123456789". có phải lừa đảo không?')
    (content_copy / LEARNED_FILE).unlink()
    cues, _ = load_snapshot(content_copy)
    assert compose(cues, text, "vi", None).kind == "check"
    taught = [Example("xe đến đón lúc 4h sáng mai ở ngã tư mang theo giấy tờ", True)] * 8 \
        + [Example("chúc mừng bạn trúng thưởng nộp phí nhận quà qua stk", False)] * 8 \
        + [Example(t, False) for t in _CALM] * 4
    write(learn(taught, "toy", threshold=0.0), content_copy / LEARNED_FILE)
    snap, _ = load_snapshot(content_copy)
    reply = compose(snap, text, "vi", None)
    assert reply.urgent and "111" in reply.text.split("\n")[0], (reply.kind, reply.topic)


SAD_POSTS = "my best friend has been posting really sad stuff lately, is that normal?"


def _taught_calm(content_copy: Path) -> Snapshot:
    """A reading taught that a best friend's sad posts are calm, far below its bound."""
    taught = [Example("best friend posting really sad stuff lately", False)] * 8 \
        + [Example(t, True, ("urgent_help",)) for t in _DANGER] * 4 \
        + [Example(t, False) for t in _CALM] * 4
    write(learn(taught, "toy", threshold=1.0, calm_below=-1.0), content_copy / LEARNED_FILE)
    return load_snapshot(content_copy)[0]


def test_a_sure_match_to_a_danger_topic_the_learned_reading_finds_calm_is_answered_calmly(
        content_copy: Path) -> None:
    """No cue and no fear: only the ranking's sureness of the friend-at-risk topic raised the
    alarm. A reading sure it is calm answers the topic calmly; 111 stays a button."""
    (content_copy / LEARNED_FILE).unlink()
    cues, _ = load_snapshot(content_copy)
    before = compose(cues, SAD_POSTS, "en", None)
    assert before.urgent and before.topic == "friend_at_risk"
    snap = _taught_calm(content_copy)
    assert snap.content.learned.says_calm(SAD_POSTS)
    reply = compose(snap, SAD_POSTS, "en", None)
    assert not reply.urgent and reply.topic == "friend_at_risk"
    assert any(button.action == "hotline" for button in reply.buttons)


@pytest.mark.parametrize("text", [
    SAD_POSTS.replace("is that normal", "im scared, what do i do"),
    SAD_POSTS.replace(", is that normal?", " and a man is outside my door"),
])
def test_fear_or_a_cue_keeps_the_alarm_whatever_the_learned_reading_says(
        content_copy: Path, text: str) -> None:
    snap = _taught_calm(content_copy)
    assert compose(snap, text, "en", None).urgent


def test_a_calm_bound_at_or_above_the_threshold_is_refused(content_copy: Path, capsys) -> None:
    sets = content_copy / LABELLED_SETS
    sets.mkdir(parents=True)
    shutil.copy(PROJECT / LABELLED_SETS / "danger_dev100.yaml", sets / "danger_dev100.yaml")
    assert main(["--content", str(content_copy), "learn", "--threshold", "1",
                 "--calm-below", "2"]) == 2
    assert "--calm-below" in capsys.readouterr().err
    write(learn(_corpus(), "toy", threshold=0.0, calm_below=0.0), content_copy / LEARNED_FILE)
    model, why = read(content_copy / LEARNED_FILE)
    assert model is None and why is not None and "calm_below" in why


@pytest.mark.parametrize("damage", ["{not json", '{"danger": {"bias": 0}}', "[]"])
def test_a_broken_learned_file_is_a_warning_and_the_cues_still_read_danger(
        content_copy: Path, damage: str) -> None:
    (content_copy / LEARNED_FILE).write_text(damage, "utf-8")
    snap, problems = load_snapshot(content_copy)
    said = [str(p) for p in problems if p.path == LEARNED_FILE]
    assert said and "warning" in said[0] and "python bot.py learn" in said[0], said
    assert compose(snap, "I'm hiding in the bathroom, he locked the door", "en", None).urgent
    assert not compose(snap, NO_CUE_NAMES_IT[0][0], "en", None).urgent
    assert read(content_copy / LEARNED_FILE)[0] is None


def test_check_warns_when_sets_changed_since_learning_and_learn_mends_it(
        content_copy: Path, capsys) -> None:
    sets = content_copy / LABELLED_SETS
    sets.mkdir(parents=True)
    for name in ("danger_dev100.yaml", "scams_dev11.yaml"):
        shutil.copy(PROJECT / LABELLED_SETS / name, sets / name)
    _, problems = check_content(content_copy, date.today(), cross_test=True)
    assert any(p.path == LEARNED_FILE and "python bot.py learn" in p.fix for p in problems)
    assert main(["--content", str(content_copy), "learn"]) == 0
    assert "learned from" in capsys.readouterr().out
    _, problems = check_content(content_copy, date.today(), cross_test=True)
    assert not any(p.path == LEARNED_FILE for p in problems)


def test_learn_says_what_is_wrong_with_a_set_it_cannot_read(content_copy: Path,
                                                            capsys) -> None:
    sets = content_copy / LABELLED_SETS
    sets.mkdir(parents=True)
    (sets / "bad.yaml").write_text("- {text: [unclosed\n", "utf-8")
    assert main(["--content", str(content_copy), "learn"]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "Traceback" not in err



def test_a_relearned_file_is_noticed_by_the_running_bot(content_copy: Path) -> None:
    """The watcher that reloads edited content sees the learned file too."""
    from bot.live import fingerprint

    before = fingerprint(content_copy)
    assert any(name == LEARNED_FILE for name, _, _ in before)
    (content_copy / LEARNED_FILE).write_text("{}", "utf-8")
    assert fingerprint(content_copy) != before


# (56a) The scam head: a scam under way told in the words of calm scam questions.
_SCAM_NOW = ["he is still on the phone asking me to read the code from the bank",
             "the seller wants a second payment in ten minutes or I lose the first one",
             "she is typing her card number into the page right now, the man keeps calling",
             "they paid me twice for likes and now want a deposit before midnight, sending now"]
_SCAM_CALM = ["what is a one time code and who may ask for it",
              "how do I know whether a seller on facebook is real",
              "your code is 482913, never share it with anyone, the bank never asks for it",
              "is a job that pays for likes real, nothing paid yet"]


def _scam_corpus() -> list[Example]:
    return [Example(t, True, ("scam_phishing",)) for t in _SCAM_NOW] * 4 \
        + [Example(t, False, ("scam_phishing",)) for t in _SCAM_CALM] * 4 \
        + _corpus()


def test_the_scam_head_learns_a_scam_under_way_among_messages_about_scams() -> None:
    model = learn(_scam_corpus(), "toy", scam_topics=frozenset({"scam_phishing"}),
                  scam_threshold=0.0)
    assert model.says_scam_under_way("he keeps calling and wants the code right now")
    assert not model.says_scam_under_way("what is a code and who may ask for it")
    # Without scam topics there is nothing to learn it from, and it never speaks.
    assert not learn(_scam_corpus(), "toy").says_scam_under_way(_SCAM_NOW[0])


def test_the_scam_head_is_written_and_read_back_and_an_older_file_reads_without_it(
        tmp_path: Path) -> None:
    model = learn(_scam_corpus(), "toy", scam_topics=frozenset({"scam_phishing"}))
    write(model, tmp_path / "learned.json")
    assert read(tmp_path / "learned.json") == (model, None)
    older = tmp_path / "older.json"
    older.write_text('{"learned_from": "x", "threshold": 1.0, "calm_below": -2.0, '
                     '"danger": {"bias": 0.0, "weights": {"a": 1.0}}, "topics": {}}', "utf-8")
    loaded, problem = read(older)
    assert problem is None and loaded is not None
    assert not loaded.says_scam_under_way(_SCAM_NOW[0])


# Written for this test: a scam under way the cues and the broad reading both leave calm.
_SCAM_UNDER_WAY = ("my son paid a guy on discord for a roblox account, now the guy says the "
                   "payment is stuck and he has to pay again to release it, hes asking me for "
                   "my card")


def _with_heads(snapshot: Snapshot, **heads: Head) -> Snapshot:
    learned = replace(snapshot.content.learned, **heads)
    return replace(snapshot, content=replace(snapshot.content, learned=learned))


def test_a_scam_under_way_no_cue_names_gets_111_first_from_the_scam_head(snapshot) -> None:
    """The shipped scam head alone (the broad reading emptied, as relearning moves it)."""
    neither = _with_heads(snapshot, danger=Head(), scam_now=Head())
    assert not compose(neither, _SCAM_UNDER_WAY, "en", None).urgent
    reply = compose(_with_heads(snapshot, danger=Head()), _SCAM_UNDER_WAY, "en", None)
    assert reply.urgent and "111" in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(("text", "lang"), [
    # a pasted plea inside quotes presses whoever reads it, not the one who pasted it
    ('bố em vừa nhận tin này qua Messenger: "Anh ơi em đang kẹt ở sân bay, thẻ bị khóa rồi, anh '
     'chuyển gấp em 8 triệu vào tài khoản bạn em nhé, chiều em về trả, gấp lắm anh ơi" có phải '
     "nick chú bị hack không", "vi"),
    ("how do I teach my grandma never to read a bank code to anyone who calls", "en"),
    ("kemarin ada yang minta kode OTP ngaku dari bank, aku tutup teleponnya. itu penipuan kan?",
     "id"),
])
def test_a_scam_told_or_asked_about_with_nothing_under_way_stays_calm(
        snapshot, text: str, lang: str) -> None:
    assert not compose(snapshot, text, lang, None).urgent
