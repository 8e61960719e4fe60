import pytest

from bot.normalize import (
    clean,
    clean_lines,
    expand,
    fold_diacritics,
    has_vietnamese_marks,
    sentences,
    tokens,
    without_quotes,
)


def test_diacritics_fold_including_d_stroke():
    assert fold_diacritics("Đã bị lừa đảo") == "Da bi lua dao"


def test_decomposed_input_folds_like_precomposed():
    decomposed = "lu\u0300a đa\u0309o"  # NFD marks typed by some keyboards
    assert tokens(decomposed) == tokens("lừa đảo") == ("lua", "dao")


def test_punctuation_emoji_and_control_characters_become_spaces():
    assert tokens("Bị hack!!! 😭😭\x00\x1b acc???") == ("bi", "hack", "acc")


def test_letter_runs_are_squeezed():
    assert tokens("giúp vớiiiii quáaaa") == ("giup", "voi", "qua")


def test_shorthand_expands_word_by_word():
    table = {"ko": ("khong",), "j": ("gi",), "ntn": ("nhu", "the", "nao")}
    assert expand(tokens("ko bik lam j ntn"), table) == (
        "khong", "bik", "lam", "gi", "nhu", "the", "nao")


def test_vietnamese_marks_are_recognised():
    assert has_vietnamese_marks("Con tôi")
    assert not has_vietnamese_marks("con toi")
    assert not has_vietnamese_marks("Anak saya")


def test_clean_casefolds_and_trims():
    assert clean("  HeLLo\tWORLD \n") == "hello world"


@pytest.mark.parametrize("text", [
    "Chào bạn!\nCon tôi bị   hack.\n\nGiúp với", "a\u200bb\nc'd — e", "Tài khoản\r\nhòa/hoà", ""])
def test_cleaning_line_by_line_in_one_pass_is_cleaning_each_line(text):
    assert clean_lines(text) == [clean(line) for line in text[:8000].split("\n")]


@pytest.mark.parametrize(("text", "kept"), [
    ("she wrote 'i can't do this' and left", "she wrote , and left"),
    ("nó nhắn “mình mệt rồi” xong off", "nó nhắn , xong off"),
    ("i can't and i won't", "i can't and i won't"),  # apostrophes inside words are no quotes
    ("a lone ' mark and « an open one", "a lone ' mark and « an open one"),
])
def test_quoted_words_are_taken_out_and_apostrophes_kept(text, kept):
    assert " ".join(without_quotes(text).split()) == kept


def test_a_dot_inside_a_number_ends_no_sentence_for_the_crisis_reading():
    """"lương 1.500 đô. Tối nay có người đến đón": the salary and the pick-up tonight sit in two
    sentences side by side; cut at "1.500" they were three sentences apart."""
    text = "Việc ở Myanmar lương 1.500 đô. Tối nay có người đến đón. Lúc 4. Xong."
    assert sentences(text, keep_numbers=True) == [
        "Việc ở Myanmar lương 1.500 đô", " Tối nay có người đến đón", " Lúc 4", " Xong"]
    assert len(sentences(text)) == 5


def test_a_web_address_ends_no_sentence_for_the_crisis_reading():
    """67i: "a channel t.me/… posting my daughter's photos": cut at every dot and question mark
    of an address, the channel and what it posts fell into different sentences. A dot or a
    question mark between two letters or digits is the address's own; one before a space still
    ends the sentence."""
    text = ("kênh t.me/abc_xyz đang đăng ảnh con tôi. Link facebook.com/profile.php?id=123 đây. "
            "Con có sao không? Mai đi.")
    assert sentences(text, keep_numbers=True) == [
        "kênh t.me/abc_xyz đang đăng ảnh con tôi", " Link facebook.com/profile.php?id=123 đây",
        " Con có sao không", " Mai đi"]
