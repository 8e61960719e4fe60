"""Text → comparable tokens.

Families type Vietnamese with or without diacritics and in chat shorthand, so every comparison
happens on one folded form: NFC, case-folded, diacritics stripped (đ→d), punctuation and emoji
removed, letter runs squeezed, shorthand expanded. Content and messages go through the same
function, which is what makes the comparison fair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

Shorthand = Mapping[str, tuple[str, ...]]

_RUNS = re.compile(r"(\D)\1{2,}")
_VIETNAMESE_MARKS = frozenset("ăâđêôơưạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ")
MAX_INPUT_CHARS = 8000


_APOSTROPHE_MARKS = "'’ʼ`"
_APOSTROPHES = {ord(c): None for c in _APOSTROPHE_MARKS}


# Symbols ("_" among them, once made a space: a class that needs no alternative is faster).
# A space is left as it is (the words are split on it next): one replacement per symbol run,
# not one per space.
_SYMBOLS = re.compile(r"[^\w\u0300-\u036f ]+")
_SYMBOLS_BUT_LINES = re.compile(r"[^\w\u0300-\u036f\n ]+")
# The same for a plain ASCII text, a character at a time: str.translate does it in one pass,
# several times faster, and once the words are split on spaces they come out the same.
_ASCII_SYMBOLS = str.maketrans(dict.fromkeys(
    [c for c in map(chr, range(128)) if _SYMBOLS.match(c)], " "))
_ASCII_SYMBOLS_BUT_LINES = str.maketrans(dict.fromkeys(
    [c for c in map(chr, range(128)) if _SYMBOLS_BUT_LINES.match(c)], " "))

# Characters that print as nothing: zero-width spaces and joiners, soft hyphen, word joiner,
# direction marks, variation selectors, BOM. Typed inside a word they would split or hide it.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFEFF, 0xFFA0,
     *range(0x180B, 0x1810), *range(0x200B, 0x2010), *range(0x202A, 0x202F),
     *range(0x2060, 0x2070), *range(0xFE00, 0xFE10)])

# Cyrillic and Greek letters that look Latin (after case folding). NFKC already turns
# full-width and styled letters (ｔ, 𝐭) into plain ones.
_LOOKALIKES = str.maketrans(
    "аеёорсуххіїјѕԁԛԝүһвнмктɡαβεικνορτυχγηωıɑ",
    "aeeopcyxxiijsdqwyhbhmktgabeikvoptuxynwia")
# str.translate looks every character up; a search for any character to change is tens of
# times faster, and most messages hold none.
_HAS_INVISIBLE = re.compile(f"[{''.join(map(chr, _INVISIBLE))}]")
_HAS_LOOKALIKE = re.compile(f"[{''.join(map(chr, _LOOKALIKES))}]")
_APOSTROPHE = re.compile(f"[{''.join(map(chr, _APOSTROPHES))}]")


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# Precomputed for the Latin letters Vietnamese and Indonesian use; others fold the slow way.
_FOLD = {cp: _fold_char(chr(cp)) for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
         if _fold_char(chr(cp)) != chr(cp)}


_BEYOND_LATIN_MARKS = re.compile(r"[^\x00-\x7f\u0300-\u036f]")
_LONG_FOLD = 48  # characters from which decomposing beats the lookup table


_SENTENCE_END = re.compile(r"[.!?\n\r…。]+")
# The same, but a dot between two letters or digits is a thousands or decimal mark ("lương
# 1.500 đô") or part of an address ("t.me/…", "profile.php?id=…"), not the end of a sentence;
# and a slash between spaces is a line break typed in one line ("con vừa nhắn 'con xin lỗi' /
# tuần trước nó nói…"), not "12/5" or "and/or".
_SENTENCE_END_NOT_IN_NUMBERS = re.compile(r"(?:(?<!\w)[.?]|[.?](?!\w)|[!\n\r…。]| / )+")


def sentences(text: str, limit: int = 64, keep_numbers: bool = False) -> list[str]:
    """The message cut at sentence ends; no more than `limit` pieces, so cost stays bounded.
    With `keep_numbers`, "1.500" stays whole: the crisis reading needs a departure's salary
    and its time in the sentences they were written in. (The topic reading keeps the cut it
    was calibrated with.)"""
    pattern = _SENTENCE_END_NOT_IN_NUMBERS if keep_numbers else _SENTENCE_END
    return [s for s in pattern.split(text[:MAX_INPUT_CHARS], maxsplit=limit) if s.strip()]


def quoted_pattern(shortest: int) -> str:
    """Words inside quote marks, at least `shortest` characters: double or guillemets, or
    single ones opened after a space and closed before one (an apostrophe inside a word,
    "can't", neither opens nor closes). Bounded runs, so linear in the text."""
    return (f"[\"“«„][^\"”»\\n]{{{shortest},600}}[\"”»]"
            f"|(?:^|(?<=[\\s:]))['‘](?:[^'‘’\\n]|(?<=\\w)['’](?=\\w)){{{shortest},600}}['’]"
            f"(?=[\\s.,!?)]|$)")


_QUOTED_SPAN = re.compile(quoted_pattern(1))


def without_quotes(text: str) -> str:
    """The message with what it quotes taken out: the writer's own words. A teacher passing on
    "sorry cô, I can't do this anymore" is not the "I" who cannot."""
    return _QUOTED_SPAN.sub(" , ", text[:MAX_INPUT_CHARS])


# Old-style tone placement ("hoà", "khoả", "thuỷ") and new-style ("hòa", "khỏa", "thủy") are
# the same word; keyboards produce either. The new style is kept.
# (It opens on the vowel, not on the look back: the search then skips to each "o" and "u".)
_OLD_TONE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
# Where the old style could stand, searched from the marked vowel, the rarer letter: most
# texts have none, and are not rewritten.
_OLD_TONE_HINT = re.compile(r"[àáảãạèéẻẽẹỳýỷỹỵ](?<=[oOuU].)(?<![qQ]..)(?!\w)")


def _new_tone(found: re.Match[str]) -> str:
    base, marked = found.group(1), found.group(2)
    letter, *marks = unicodedata.normalize("NFD", marked)
    return unicodedata.normalize("NFC", base + "".join(marks)) + letter


def clean(text: str) -> str:
    """NFKC, case-folded, invisible characters removed and look-alike letters made Latin,
    apostrophes dropped ("don't" → "dont"), other symbols as spaces."""
    prepared = _prepared(text)
    if prepared.isascii():
        return " ".join(prepared.translate(_ASCII_SYMBOLS).split())
    return " ".join(_SYMBOLS.sub(" ", prepared).split())


def clean_lines(text: str) -> list[str]:
    """`clean` of each line, done in one pass: a long message of many sentences costs its
    length once, not a call per sentence."""
    return [" ".join(line.split()) for line in spaced_lines(text).split("\n")]


def spaced_lines(text: str) -> str:
    """`clean_lines` as one text, before runs of spaces are made one: for a caller that
    splits each line into its words anyway."""
    prepared = _prepared(text)
    if prepared.isascii():
        return prepared.translate(_ASCII_SYMBOLS_BUT_LINES)
    return _SYMBOLS_BUT_LINES.sub(" ", prepared)


def _prepared(text: str) -> str:
    text = text[:MAX_INPUT_CHARS]
    if text.isascii():
        # Plain ASCII is its own NFKC form and holds no invisible, look-alike or accented
        # letter: only its case and apostrophes change.
        text = text.lower()
        if "'" in text or "`" in text:
            text = _APOSTROPHE.sub("", text)
        return text.replace("_", " ")
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text).casefold()
    if any(mark in text for mark in _APOSTROPHE_MARKS):
        text = _APOSTROPHE.sub("", text)
    if _HAS_LOOKALIKE.search(text):
        text = text.translate(_LOOKALIKES)
    if _OLD_TONE_HINT.search(text):
        text = _OLD_TONE.sub(_new_tone, text)
    return text.replace("_", " ")


def fold_diacritics(text: str) -> str:
    """'Đã bị lừa' → 'da bi lua'. Strips every combining mark after NFD."""
    if text.isascii():
        return text
    if len(text) >= _LONG_FOLD:
        # Latin letters with marks alone (nearly every Vietnamese message): their
        # decomposition is plain letters and marks, and dropping the marks is a C-speed
        # encode, twice as fast on a sentence as looking each character up.
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        if not _BEYOND_LATIN_MARKS.search(decomposed):
            return decomposed.encode("ascii", "ignore").decode("ascii")
    text = text.translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    marks = {ord(ch): None for ch in set(decomposed)
             if not ch.isascii() and unicodedata.category(ch) == "Mn"}
    return unicodedata.normalize("NFC", decomposed.translate(marks) if marks else decomposed)


def has_vietnamese_marks(text: str) -> bool:
    """True when the text carries letters only Vietnamese uses; a strong language signal."""
    lowered = unicodedata.normalize("NFC", text).casefold()
    return any(ch in _VIETNAMESE_MARKS for ch in lowered)


def squeeze_runs(token: str) -> str:
    """'quáaaa' → 'qua', 'helloooo' → 'hello': runs of three or more letters become one."""
    return _RUNS.sub(r"\1", token)


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of a text, before shorthand is expanded."""
    return tuple(squeeze_runs(fold_diacritics(clean(text))).split())


def expand(words: tuple[str, ...], shorthand: Shorthand) -> tuple[str, ...]:
    """'ko bik j' → 'khong biet gi'; the table is per language and lives in the content."""
    out: list[str] = []
    for word in words:
        out.extend(shorthand.get(word, (word,)))
    return tuple(out)
