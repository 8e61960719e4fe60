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


_APOSTROPHES = {ord(c): None for c in "'’ʼ`"}


_SYMBOLS = re.compile(r"[^\w\u0300-\u036f]+|_+")


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# Precomputed for the Latin letters Vietnamese and Indonesian use; others fold the slow way.
_FOLD = {cp: _fold_char(chr(cp)) for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
         if _fold_char(chr(cp)) != chr(cp)}


def clean(text: str) -> str:
    """NFC, case-folded, apostrophes dropped ("don't" → "dont"), other symbols as spaces."""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT_CHARS]).casefold()
    text = text.translate(_APOSTROPHES)
    return " ".join(_SYMBOLS.sub(" ", text).split())


def fold_diacritics(text: str) -> str:
    """'Đã bị lừa' → 'da bi lua'. Strips every combining mark after NFD."""
    text = text.translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)


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
