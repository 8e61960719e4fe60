"""`python bot.py check` as a moderator runs it."""

import subprocess
import sys

import pytest

from tests.conftest import PROJECT, SHARED


def _check(root, *extra):
    return subprocess.run(
        [sys.executable, str(PROJECT / "bot.py"), "--content", str(root), "check",
         "--topics", str(SHARED / "topics.md"), *extra],
        capture_output=True, text=True, timeout=120)


def test_shipped_content_is_clean():
    result = _check(PROJECT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 error(s)" in result.stdout


def test_broken_copy_names_file_and_line_and_fails(content_copy):
    path = content_copy / "answers" / "sextortion.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2] + "  : : :"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "answers/sextortion.yaml:3:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_urgent_answer_without_111_first_is_an_error(content_copy):
    path = content_copy / "answers" / "self_harm.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("111", "một trăm mười một"), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "does not open with 111" in result.stdout


def test_duplicate_example_across_topics_is_an_error(content_copy):
    path = content_copy / "intents" / "thanks.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  vi:\n", "  vi:\n    - Báo cáo video YouTube này thế nào?\n", 1)
    path.write_text(text, encoding="utf-8")
    other = content_copy / "intents" / "report_youtube.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace(
        "  vi:\n", "  vi:\n    - Bao cao video youtube nay the nao\n", 1), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "is already an example of" in result.stdout


def test_missing_required_topic_is_reported(content_copy):
    (content_copy / "intents" / "block_user.yaml").unlink()
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "block_user" in result.stdout


def test_stale_review_missing_sources_and_confused_examples_are_warned(content_copy):
    answer = content_copy / "answers" / "report_zalo.yaml"
    text = answer.read_text(encoding="utf-8").replace("reviewed: 2026-11-22",
                                                      "reviewed: 2024-01-02")
    answer.write_text(text.split("\nsources:")[0] + "\n", encoding="utf-8")
    intent = content_copy / "intents" / "thanks.yaml"
    intent.write_text(intent.read_text(encoding="utf-8").replace(
        "  en:\n", "  en:\n    - how do I report a scam account on Zalo\n", 1), encoding="utf-8")
    result = _check(content_copy, "--warnings")
    assert result.returncode == 0, result.stdout
    assert "answers/report_zalo.yaml" in result.stdout
    assert "not reviewed since 2024-01-02" in result.stdout
    assert "no sources" in result.stdout
    assert "matches 'report_zalo' (0." in result.stdout


def test_a_quiz_option_too_long_for_telegram_names_file_and_line(content_copy):
    path = content_copy / "answers" / "quizzes" / "scams.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("en: [\""))
    lines[at] = '    en: ["' + "x" * 120 + '", "Refuse, block and report them", "Ask a friend"]'
    path.write_text("\n".join(lines), encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/quizzes/scams.yaml:{at + 1}:" in result.stdout
    assert "Telegram allows 100" in result.stdout


def test_a_sign_vote_that_is_not_a_number_names_its_line(content_copy):
    path = content_copy / "intents" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    vote: 2.5\n" in text
    path.write_text(text.replace("    vote: 2.5\n", "    vote: lots\n", 1), encoding="utf-8")
    line = text[:text.index("    vote: 2.5\n")].count("\n") + 1
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_scam_signs.yaml:{line}: 'vote: lots' is not a number" in result.stdout


def test_a_grooming_explanation_for_a_sign_that_does_not_exist_names_its_line(content_copy):
    path = content_copy / "answers" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "flags_abuse:\n  free_game_items:\n"
    assert anchor in text
    path.write_text(text.replace(anchor, "flags_abuse:\n  free_gifts:\n", 1), encoding="utf-8")
    line = text[:text.index(anchor)].count("\n") + 2
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/_scam_signs.yaml:{line}:" in result.stdout
    assert "free_gifts" in result.stdout


@pytest.mark.parametrize(("cue", "said"), [
    # '#k' reads as the word 'k' (chat shorthand for 'không').
    ("'tặng #k'", "'tặng #k': # and * must stand alone"),
    # 'send $' reads as 'send': every "send me a pic" would be a money request.
    ("send $", "'send $' reads as 'send'"),
    # In quotes a [ ] list is one long phrase that never fires.
    ("'[[tối nay, đêm nay], chốt]'", "'[[tối nay, đêm nay], chốt]…' is in quotes"),
])
def test_a_cue_that_reads_as_other_words_names_its_line(content_copy, cue, said):
    path = content_copy / "intents" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "      - cần gấp\n"
    assert anchor in text
    path.write_text(text.replace(anchor, f"{anchor}      - {cue}\n", 1), encoding="utf-8")
    line = text[:text.index(anchor)].count("\n") + 2
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_scam_signs.yaml:{line}: {said}" in result.stdout


def test_a_cue_written_twice_in_one_list_is_warned_with_the_first_line(content_copy):
    path = content_copy / "intents" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "      - cần gấp\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + anchor, 1), encoding="utf-8")
    first = text[:text.index(anchor)].count("\n") + 1
    result = _check(content_copy, "--fast", "--warnings")
    assert result.returncode == 0, result.stdout
    assert f"intents/_scam_signs.yaml:{first + 1}: warning: 'cần gấp' is already on line " \
           f"{first}" in result.stdout


@pytest.mark.parametrize("path, anchor", [
    ("intents/_crisis.yaml", "  frames:\n    vi:\n"),
    ("intents/_crisis.yaml", "  cues:\n    vi:\n"),
    ("intents/_scam_signs.yaml", "    vi:\n"),
])
def test_a_comment_written_after_the_dash_is_an_error_not_the_word_none(content_copy, path,
                                                                        anchor):
    """'- # note' is an empty item that YAML reads as None: it once became the phrase "none",
    flagging every English message with "none of this" as urgent or calm."""
    file = content_copy / path
    text = file.read_text(encoding="utf-8")
    assert anchor in text
    at = text.index(anchor) + len(anchor)
    file.write_text(text[:at] + "      - # a moderator's note\n" + text[at:], encoding="utf-8")
    line = text[:at].count("\n") + 1
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"{path}:{line}:" in result.stdout
    assert "on its own line" in result.stdout



@pytest.mark.parametrize(("anchor", "added", "lang"), [
    ("      - anda akan ditahan\n", "chết cười", "id"),  # a plain phrase list (exaggerations)
    ("      - trying to break in\n", "đang đập cửa", "en"),  # a crisis cue list
])
def test_a_phrase_with_vietnamese_marks_under_another_language_is_warned(content_copy, anchor,
                                                                       added, lang):
    """A word a message writes with marks never matches another language's plain phrase
    ("đợi" is not Indonesian "doi"): a moderator is told to move it under vi:."""
    path = content_copy / "intents" / "_crisis.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, f"{anchor}      - {added}\n", 1), encoding="utf-8")
    line = text[:text.index(anchor)].count("\n") + 2
    result = _check(content_copy, "--fast", "--warnings")
    assert result.returncode == 0, result.stdout
    assert f"intents/_crisis.yaml:{line}: warning: '{added}' is written with Vietnamese " \
           f"marks but listed under '{lang}:'" in result.stdout
