"""Each rule of `check` on what people read, seen breaking a copy of the content: the message
names the file and line and says what to do."""

from pathlib import Path

import pytest

from tests.test_check import _check


def _line_after(path: Path, *needles: str) -> int:
    """The 1-based number of the first line holding the last needle, searching after the line
    holding each earlier needle in turn."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = 0
    for needle in needles:
        at = next(i for i in range(at, len(lines)) if needle in lines[i])
    return at + 1


def _edit_line(path: Path, number: int, change) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = change(lines[number - 1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _answer_line(root: Path, topic: str, lang: str) -> tuple[Path, int]:
    path = root / "answers" / f"{topic}.yaml"
    return path, _line_after(path, "answer:", f"  {lang}: ")


def test_numbers_that_differ_between_languages_are_an_error(content_copy):
    path, key = _answer_line(content_copy, "account_hacked", "en")
    _edit_line(path, key + 1, lambda line: line + " If in danger, call 113.")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/account_hacked.yaml:{key}: 'answer/en' adds 113" in result.stdout


def test_indonesian_text_naming_a_vietnam_only_service_must_say_vietnam(content_copy):
    path, key = _answer_line(content_copy, "password_security", "id")
    _edit_line(path, key + 1, lambda line: line + " Cek nomor di nTrust.")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"answers/password_security.yaml:{key + 1}: 'answer/id' names ntrust without "
            "saying it is in Vietnam") in result.stdout


def test_an_indonesian_line_giving_vietnams_number_first_is_a_warning(content_copy):
    path, key = _answer_line(content_copy, "password_security", "id")
    _edit_line(path, key + 1, lambda line: line + " Bahaya: di Vietnam 113, di Indonesia 110.")
    result = _check(content_copy, "--fast", "--warnings")
    assert (f"answers/password_security.yaml:{key + 1}: warning: 'answer/id' gives Vietnam's "
            "number before Indonesia's") in result.stdout


def test_a_quiz_option_warning_points_at_the_options_own_line(content_copy):
    """Options are joined into one text for the checks; each keeps its own file line (a flow
    list keeps them all on one)."""
    path = content_copy / "answers" / "quizzes" / "abuse.yaml"
    line = _line_after(path, "- id: nudify_app_daughter", "options:", "  id: [")
    _edit_line(path, line, lambda text: text.replace("SAPA 129 / 111 di Vietnam",
                                                     "111 di Vietnam / SAPA 129"))
    result = _check(content_copy, "--fast", "--warnings")
    assert (f"answers/quizzes/abuse.yaml:{line}: warning: 'nudify_app_daughter options/id' "
            "gives Vietnam's number before Indonesia's") in result.stdout


def test_an_answer_that_never_mentions_111_is_an_error(content_copy):
    path = content_copy / "answers" / "screen_time.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("111", "the hotline"),
                    encoding="utf-8")
    key = _line_after(path, "answer:", "  vi: ")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/screen_time.yaml:{key}: 'answer/vi' never mentions 111" in result.stdout


def test_a_source_without_an_https_address_is_an_error(content_copy):
    path = content_copy / "answers" / "block_user.yaml"
    url = _line_after(path, "sources:", "url:")
    _edit_line(path, url, lambda line: line.split("url:")[0] + "url: example.org")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/block_user.yaml:{url - 1}: source" in result.stdout
    assert "has no https address" in result.stdout


def test_markdown_or_html_in_a_text_is_an_error(content_copy):
    path, key = _answer_line(content_copy, "privacy_settings", "vi")
    _edit_line(path, key + 2, lambda line: line + " **quan trọng**")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/privacy_settings.yaml:{key + 2}: 'answer/vi' has formatting" in result.stdout


def test_an_answer_too_long_for_one_message_is_an_error(content_copy):
    path, key = _answer_line(content_copy, "sharenting", "en")
    _edit_line(path, key + 1, lambda line: line + " More." * 300)
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"answers/sharenting.yaml:{key}: 'answer/en' has" in result.stdout
    assert "shorten it to under 1500" in result.stdout


def test_an_emptied_crisis_cue_list_is_an_error(content_copy):
    path = content_copy / "intents" / "_crisis.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = _line_after(path, "sextortion:", "    en:")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("    id:"))
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_crisis.yaml:{start}: group 'sextortion' has no 'en' cues" in result.stdout


def test_a_cue_with_wrong_diacritics_is_an_error(content_copy):
    path = content_copy / "intents" / "_crisis.yaml"
    line = _line_after(path, "self_harm:", "      - tự tử")
    _edit_line(path, line, lambda text: text.replace("tự tử", "tự tủ"))
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"intents/_crisis.yaml:{line}: cue 'tự tủ' is written 'tự tử' in the examples "
            "of self_harm") in result.stdout


def test_a_yaml_syntax_error_is_printed_before_what_follows_from_it(content_copy):
    path = content_copy / "intents" / "scam_phishing.yaml"
    line = _line_after(path, "  vi:") + 1
    _edit_line(path, line, lambda text: "    - Tôi bị lừa: mất tiền rồi: làm sao")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"intents/scam_phishing.yaml:{line}: YAML syntax")


def test_an_example_closer_to_a_special_case_of_its_topic_is_not_flagged(snapshot):
    """"My daughter went to meet someone and hasn't come back" is an urgent_help example that
    the missing_child answer also fits: no warning for a moderator to chase."""
    from bot.check import _cross_test

    flagged = {(p.path, p.message.split("' matches '")[1].split("'")[0])
               for p in _cross_test(snapshot)}
    narrower = snapshot.crisis.refines
    assert not any(narrower.get(best) == path.split("/")[1].removesuffix(".yaml")
                   for path, best in flagged)


def test_a_distress_sign_that_is_no_red_flag_and_a_mark_with_letters_are_errors(content_copy):
    path = content_copy / "intents" / "_cries.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    signs = lines.index("distress_signs: [threat, secrecy]") + 1
    _edit_line(path, signs, lambda line: "distress_signs: [threat, threats]")
    mark = lines.index("distress_marks:") + 2
    _edit_line(path, mark, lambda line: '  - "sợ 😰"')
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_cries.yaml:{signs}: unknown red flag 'threats'" in result.stdout
    assert "threat, upfront_fee" in result.stdout  # the ids to choose from
    assert f"intents/_cries.yaml:{mark}: 'sợ 😰' is not a mark" in result.stdout


@pytest.mark.parametrize(("key", "bad", "message"), [
    # Labels are compared without diacritics: "ngân hàng" would never match; say so.
    ("sender_words", "ngân hàng", "sender word 'ngân hàng' is too short or not plain words"),
    ("free_hosts", "sites.google.com/view", "'sites.google.com/view' is not a host name"),
    ("group_links", "https://t.me", "'https://t.me' is not an address start"),
])
def test_a_brand_list_entry_that_could_never_match_is_an_error(content_copy, key, bad, message):
    path = content_copy / "intents" / "_brands.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index(f"{key}:") + 1
    _edit_line(path, at + 1, lambda line: f"  - {bad}")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_brands.yaml:{at}: {message}" in result.stdout



def test_strong_cues_that_weigh_no_more_than_their_sign_are_an_error(content_copy):
    path = content_copy / "intents" / "_scam_signs.yaml"
    at = _line_after(path, "  impersonation:", "    strong:", "      weight:")
    _edit_line(path, at, lambda line: "      weight: 0.3")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"intents/_scam_signs.yaml:{at}: the strong cues of 'impersonation' weigh 0.3, no "
            "more than its own weight 0.4") in result.stdout


def test_a_sign_borrowing_an_unknown_crisis_topic_or_implying_an_unknown_sign_is_an_error(
        content_copy):
    path = content_copy / "intents" / "_scam_signs.yaml"
    borrowed = _line_after(path, "  threat:", "    from_crisis:")
    _edit_line(path, borrowed, lambda line: "    from_crisis: [sextorsion]")
    implied = _line_after(path, "  upfront_fee:", "    implies:")
    _edit_line(path, implied, lambda line: "    implies: [money]")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"intents/_scam_signs.yaml:{borrowed}: 'sextorsion' has no group in "
            "intents/_crisis.yaml") in result.stdout
    assert f"intents/_scam_signs.yaml:{implied}: 'money' is not a sign" in result.stdout


def test_steps_for_a_topic_that_does_not_exist_is_an_error(content_copy):
    path = content_copy / "answers" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n  scam_fake_prize:\n", "\n  scam_fake_prizes:\n", 1),
                    encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "answers/_scam_signs.yaml" in result.stdout
    assert "'scam_fake_prizes' is not a topic id" in result.stdout


def test_a_kind_of_scam_named_for_a_topic_that_does_not_exist_is_an_error(content_copy):
    path = content_copy / "answers" / "_scam_signs.yaml"
    text = path.read_text(encoding="utf-8")
    kinds = text.index("\nkinds:\n")
    path.write_text(text[:kinds] + text[kinds:].replace("\n  scam_fake_prize:\n",
                                                        "\n  scam_fake_prizes:\n", 1),
                    encoding="utf-8")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "answers/_scam_signs.yaml" in result.stdout
    assert "'scam_fake_prizes' is not a topic id" in result.stdout


def test_a_cue_naming_a_missing_word_list_is_an_error(content_copy):
    path = content_copy / "intents" / "_crisis.yaml"
    line = _line_after(path, "urgent_help:", "    vi:", "[$abroad, [$set_off, $going]")
    _edit_line(path, line, lambda text: text.replace("$lure", "$lures"))
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_crisis.yaml:{line}: '$lures' is not a word list (known: $abroad" \
        in result.stdout
    assert "fix its spelling, or add the list under 'word_lists:'" in result.stdout


def test_a_word_list_with_no_words_in_a_cues_language_is_an_error(content_copy):
    path = content_copy / "intents" / "_crisis.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = _line_after(path, "word_lists:", "  lure:", "    id:")
    end = next(i for i in range(at, len(lines)) if not lines[i].startswith("      "))
    path.write_text("\n".join(lines[:at - 1] + lines[end:]) + "\n", encoding="utf-8")
    cue = _line_after(path, "urgent_help:", "    id:", "[$abroad, [$set_off, $going]")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_crisis.yaml:{cue}: word list '$lure' has no 'id' words" in result.stdout
    assert "add them under 'word_lists: lure: id:'" in result.stdout


def test_a_word_list_named_outside_crisis_cues_and_cases_is_an_error(content_copy):
    path = content_copy / "intents" / "_scam_signs.yaml"
    line = _line_after(path, "signs:", "otp_request:", "      - - [mã otp")
    _edit_line(path, line, lambda text: text.replace("[mã otp,", "[$abroad, mã otp,"))
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_scam_signs.yaml:{line}: '$abroad': word lists are read in crisis cues " \
        "and answer cases only" in result.stdout


def test_a_shape_cue_naming_a_missing_word_list_is_an_error(content_copy):
    """`by_shape` cues are read like every cue: a misspelt list is named with its line."""
    path = content_copy / "intents" / "_crisis.yaml"
    line = _line_after(path, "urgent_help:", "  by_shape:", "    en:", "[$hold_the_line]")
    _edit_line(path, line, lambda text: text.replace("$hold_the_line", "$hold_the_lines"))
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_crisis.yaml:{line}: '$hold_the_lines' is not a word list" in result.stdout


def test_a_misspelt_key_in_the_solicitation_section_is_named_with_its_line(content_copy):
    """62i: the new section is checked like alarm_link and mistaken_payment."""
    path = content_copy / "intents" / "_scam_signs.yaml"
    at = _line_after(path, "solicitation:", "  weight:")
    _edit_line(path, at, lambda line: "  wieght: 1.0")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert "intents/_scam_signs.yaml" in result.stdout
    assert "unknown key 'wieght'" in result.stdout, result.stdout


def test_an_unknown_sign_among_those_an_in_app_notice_softens_is_an_error(content_copy):
    """67g: moderators list which signs a notice pointing into its own app sets aside."""
    path = content_copy / "intents" / "_scam_signs.yaml"
    at = _line_after(path, "in_app_softens:")
    _edit_line(path, at, lambda line: "in_app_softens: [prize, prizes]")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert f"intents/_scam_signs.yaml:{at}: 'prizes' is not a sign" in result.stdout


def test_a_wildcard_cue_left_unquoted_is_an_error(content_copy):
    """YAML reads "- kirim # atau" as the cue "kirim" and a comment: the cue would then fire on
    every message holding "kirim". The checker names the line and asks for quotes."""
    path = content_copy / "intents" / "_scam_signs.yaml"
    line = _line_after(path, "  money_transfer:", "      id:")
    _edit_line(path, line, lambda text: text + "\n      - kirim # atau")
    result = _check(content_copy, "--fast")
    assert result.returncode == 1
    assert (f"intents/_scam_signs.yaml:{line + 1}: 'kirim # atau' is read as the cue 'kirim' and "
            "a comment") in result.stdout
