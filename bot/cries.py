"""A message that is only a cry for help ("help", "cứu", "cuu e vs", "tolong", "gimana ini").

It carries no topic, so the matcher must not guess one (a weak match once answered "HELP!!"
with "glad I could help"). The phrases live in intents/_cries.yaml: the cries themselves, and
the small words that may surround them ("ơi", "please", "dong") without changing what is asked.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Mapping

from bot.content import Content
from bot.normalize import clean, expand, fold_diacritics, tokens

MAX_CRY_WORDS = 10
MAX_SPELLINGS = 32
_STRETCH = re.compile(r"(\D)\1{2,}")
_TWICE = re.compile(r"([^\W\d_])\1+")
Phrase = tuple[str, ...]


class CryReader:
    def __init__(self, content: Content) -> None:
        self.shorthand = content.shorthand
        self.cries = self._phrases(content, "cries")
        self.filler = self._phrases(content, "filler")
        self.distress = self._phrases(content, "distress")
        # Words that hold a distress word without its fear: "tra cứu" (look up) is no "cứu".
        self.not_distress = self._phrases(content, "not_distress")
        self.questions = self._phrases(content, "questions")
        self.longest_question = max((len(p) for p in self.questions), default=0)
        self.longest = max((len(p) for p in self.cries | self.filler.keys()), default=0)
        self.longest_distress = max((len(p) for p in self.distress), default=0)
        self.longest_not_distress = max((len(p) for p in self.not_distress), default=0)
        self.marks = content.distress.marks
        self.signs = content.distress.signs

    def _phrases(self, content: Content, key: str) -> dict[Phrase, set[str]]:
        """Every language's phrases, as written and with shorthand expanded, with the
        languages they belong to: a frightened person types whatever comes first."""
        out: dict[Phrase, set[str]] = {}
        for cue in content.cries.get(key, ()):
            words = tokens(cue.raw)
            for form in {words, expand(words, self.shorthand.get(cue.lang, {}))} - {()}:
                out.setdefault(form, set()).add(cue.lang)
        return out

    def cry(self, text: str, lang: str) -> str | None:
        """The language of the cries when the message is made only of cries and filler (with
        at least one cry); `lang` when the cries belong to it too, or when they are one or two
        English words ("help", "SOS" are typed in every language). None otherwise."""
        raw = tokens(text)
        if not raw or len(raw) > MAX_CRY_WORDS:
            return None
        # "cứuuu" squeezes to "cu": its stretch is also tried kept at two letters ("cuu"), and
        # a letter typed twice once ("giúpp", "hellp").
        plain = fold_diacritics(clean(text)).split()
        views = [*self._views(raw, lang)]
        if len(plain) == len(raw):
            # Each word on its own: "cứuuuu emmm" is "cuu" (kept at two) beside "em" (one).
            spellings = [tuple(dict.fromkeys((word, _STRETCH.sub(r"\1\1", typed),
                                              _TWICE.sub(r"\1", typed))))
                         for word, typed in zip(raw, plain, strict=True)]
            if math.prod(len(s) for s in spellings) <= MAX_SPELLINGS:
                for other in itertools.product(*spellings):
                    if other != raw:
                        views += self._views(other, lang)
        for view in views:
            langs = self._covered(view)
            if langs:
                if lang in langs or ("en" in langs and len(raw) <= 2):
                    return lang
                return sorted(langs)[0]
        return None

    def distressed(self, text: str, lang: str, warned_of: Iterable[str] = ()) -> bool:
        """Fear, pleading, someone near, a child not found or time running, anywhere in the
        message: what makes a weak lead for a danger topic worth the alarm. `warned_of` holds
        the red flags of a message that reads as a scam: a threat or a demand for secrecy in
        it ("send 3 million by 9 tonight or I post it") is fear said by the other side."""
        if any(mark in text for mark in self.marks) or not self.signs.isdisjoint(warned_of):
            return True
        for view in self._views(tokens(text), lang):
            held = list(_spans(view, self.not_distress, self.longest_not_distress))
            if any(not any(start <= at and end <= stop for start, stop in held)
                   for at, end in _spans(view, self.distress, self.longest_distress)):
                return True
        return False

    def asks(self, piece: str, lang: str) -> bool:
        """The piece asks something: a question mark or a question's words ("ntn", "how do
        I", "gimana"). "Parent here" or "mẹ đi làm ca đêm" only tell."""
        if "?" in piece or "？" in piece:
            return True
        return any(next(_spans(view, self.questions, self.longest_question), None)
                   for view in self._views(tokens(piece), lang))

    def _views(self, words: Phrase, lang: str) -> Iterable[Phrase]:
        """The words as typed and with the language's chat shorthand expanded."""
        return dict.fromkeys((words, expand(words, self.shorthand.get(lang, {}))))

    def _covered(self, words: Phrase) -> set[str]:
        """The languages of the cries when the words split wholly into cries and filler. Every
        split is tried, longest pieces first: "làm ơn giúp em" is "làm ơn" + "giúp em", though
        "làm ơn giúp" is a cry too and would leave "em" alone."""

        @functools.cache
        def rest(at: int) -> frozenset[str] | None:
            if at == len(words):
                return frozenset()
            for size in range(min(self.longest, len(words) - at), 0, -1):
                piece = tuple(words[at:at + size])
                if piece in self.cries or piece in self.filler:
                    after = rest(at + size)
                    if after is not None:
                        return after | self.cries.get(piece, set())
            return None

        return set(rest(0) or ())


def _spans(words: Phrase, phrases: Mapping[Phrase, object] | set[Phrase],
           longest: int) -> Iterator[tuple[int, int]]:
    """Where the phrases stand in the words, as (start, end)."""
    for at in range(len(words)):
        for size in range(1, min(longest, len(words) - at) + 1):
            if tuple(words[at:at + size]) in phrases:
                yield at, at + size
