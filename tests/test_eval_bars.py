"""The accuracy bars of the FAQ core, on the public dev set and on our own held-out set."""

from dataclasses import replace

import pytest

from bot.evaluate import Case, evaluate, load_cases
from bot.normalize import expand, tokens
from bot.reply import compose
from tests.conftest import PROJECT, SHARED

DEV = SHARED / "eval" / "dev.yaml"
HELDOUT = PROJECT / "tests" / "data" / "heldout.yaml"


@pytest.fixture(scope="module")
def dev_report(snapshot):
    if not DEV.is_file():
        pytest.fail(f"{DEV} is missing: check out ../shared beside the project")
    return evaluate(snapshot, load_cases(DEV))


def test_dev_in_scope_top1_at_least_95_percent(dev_report):
    assert dev_report.top1.rate >= 0.95, "\n".join(dev_report.lines())


def test_dev_out_of_scope_rejected_at_least_90_percent(dev_report):
    assert dev_report.rejected.rate >= 0.90, "\n".join(dev_report.lines())


def test_dev_every_urgent_message_is_flagged(dev_report):
    assert dev_report.urgent_recall.rate == 1.0, "\n".join(dev_report.lines())


def test_dev_false_urgent_at_most_5_percent(dev_report):
    assert dev_report.false_urgent.rate <= 0.05, "\n".join(dev_report.lines())


def test_heldout_set_stays_close_to_the_bars(snapshot):
    report = evaluate(snapshot, load_cases(HELDOUT))
    summary = "\n".join(report.lines())
    assert report.top1.rate >= 0.85, summary
    assert report.rejected.rate >= 0.85, summary
    assert report.urgent_recall.rate >= 0.95, summary
    assert report.false_urgent.rate <= 0.05, summary


def test_questions_on_other_subjects_are_not_answered(snapshot):
    report = evaluate(snapshot, load_cases(PROJECT / "tests" / "data" / "out_of_scope.yaml"))
    assert report.rejected.rate >= 0.80, "\n".join(report.lines())
    assert report.false_urgent.rate <= 0.05, "\n".join(report.lines())


def _measured(snapshot, path):
    if not path.is_file():
        pytest.fail(f"{path} is missing: check out ../shared beside the project")
    report = evaluate(snapshot, load_cases(path))
    return report, "\n".join(report.lines())


REALISTIC = [SHARED / "eval" / "realistic.yaml",
             PROJECT / "tests" / "data" / "realistic_own.yaml"]


def _about_someone_else(snapshot, text: str) -> bool:
    """The message names a friend, a sibling or a classmate (friend_at_risk's `needs`)."""
    topic = snapshot.content.topics["friend_at_risk"]
    views = {" ".join(expand(tokens(text), table)) for table in snapshot.content.shorthand.values()}
    phrases = {" ".join(expand(tokens(cue.raw), snapshot.content.shorthand.get(cue.lang, {})))
               for cue in topic.needs}
    return any(f" {p} " in f" {view} " for view in views for p in phrases)


def _labelled_before_friend_at_risk(snapshot, cases):
    """These sets were labelled before friend_at_risk existed: a message labelled self_harm
    that is about someone else may now be answered for that friend, with self_harm a tap away.
    Nothing else is widened; a first-person message must still get self_harm."""
    return [replace(case, intents=(*case.intents, "friend_at_risk"))
            if "self_harm" in case.intents and _about_someone_else(snapshot, case.text)
            else case for case in cases]


@pytest.mark.parametrize("path", REALISTIC, ids=lambda p: p.name)
def test_realistic_messages_meet_the_safety_bars(snapshot, path):
    """Messages as people write them: danger found, nothing confidently wrong, and 85% of
    in-scope messages answered right (the issue's bar)."""
    report = evaluate(snapshot, _labelled_before_friend_at_risk(snapshot, load_cases(path)))
    summary = "\n".join(report.lines())
    assert report.urgent_recall.rate >= 0.95, summary
    assert report.false_urgent.rate <= 0.10, summary
    assert report.confident_wrong.rate <= 0.05, summary
    assert report.rejected.rate >= 0.85, summary
    # Labelled before stalking and missing_child existed: their answer to a man waiting outside
    # (labelled urgent_help) is the special case's, and counts as right.
    assert report.top1_special.rate >= 0.85, summary


SCAMS = [SHARED / "eval" / "scams.yaml", PROJECT / "tests" / "data" / "scams_own.yaml"]


@pytest.mark.parametrize("path", SCAMS, ids=lambda p: p.name)
def test_pasted_messages_meet_the_warning_bars(snapshot, path):
    """Scams warned, ordinary messages left alone, sextortion urgent, flags named right. The
    flag-recall floor guards today's level on these two sets (both were read for cue wording);
    tests/data/scams_fresh.yaml, never tuned on, is measured with `eval`, not asserted."""
    report, summary = _measured(snapshot, path)
    assert report.scams_warned.rate >= 0.90, summary
    assert report.ordinary_warned.rate <= 0.10, summary
    assert report.urgent_recall.rate == 1.0, summary
    assert report.flags_wrong.rate <= 0.10, summary
    assert report.flags_found.rate >= 0.85, summary


def test_a_special_case_of_the_label_is_counted_apart_from_strict_hits(snapshot):
    """Strict top-1 stays strict; the special-case figure also takes stalking for urgent_help,
    and such an answer is not called confidently wrong."""
    case = Case("a man i met on roblox is waiting outside our house right now", ("urgent_help",),
                True, "en")
    report = evaluate(snapshot, [case])
    assert compose(snapshot, case.text, "en", None).topic == "stalking"
    assert report.top1.hits == 0 and report.top1_special.hits == 1
    assert report.confident_wrong.hits == 0
