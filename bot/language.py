"""Which of vi / en / id a message is written in.

A naive-Bayes vote over word frequencies learnt from the content itself (examples and answers),
so the profile grows as moderators add text; Vietnamese-only letters count as strong evidence,
and the user's chosen language breaks ties and decides very short or unknown messages ("ok",
"hi" and "thanks" are typed in every language, so one or two such words don't switch it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot import LANGUAGES

_MARKS_BONUS = 6.0
_TIE_MARGIN = 1.0
_SHORT_MARGIN = 3.0


@dataclass(frozen=True)
class LanguageProfile:
    log_prob: Mapping[str, Mapping[str, float]]
    unseen: Mapping[str, float]
    vocab: frozenset[str] = frozenset()  # every word any language has seen

    @classmethod
    def learn(cls, texts: Mapping[str, Iterable[tuple[str, ...]]]) -> LanguageProfile:
        """Word log-probabilities per language, add-one smoothed over the shared vocabulary."""
        counts = {lang: Counter(w for words in texts.get(lang, ()) for w in words)
                  for lang in LANGUAGES}
        vocab = set().union(*counts.values())
        log_prob: dict[str, dict[str, float]] = {}
        unseen: dict[str, float] = {}
        for lang, counter in counts.items():
            total = sum(counter.values()) + len(vocab) + 1
            log_prob[lang] = {w: math.log((c + 1) / total) for w, c in counter.items()}
            unseen[lang] = math.log(1 / total)
        return cls(log_prob=log_prob, unseen=unseen, vocab=frozenset(vocab))

    def scores(self, words: tuple[str, ...], has_marks: bool) -> dict[str, float]:
        known = [w for w in words if w in self.vocab]
        out = {lang: sum(self.log_prob[lang].get(w, self.unseen[lang]) for w in known)
               for lang in LANGUAGES}
        if has_marks:
            out["vi"] += _MARKS_BONUS + 2.0 * len(known)
        return out

    def detect(self, words: tuple[str, ...], has_marks: bool, preferred: str) -> str:
        """The most likely language; the preferred one wins unless another is clearly ahead."""
        if preferred not in LANGUAGES:
            preferred = LANGUAGES[0]
        if not words:
            return "vi" if has_marks else preferred
        known = [w for w in words if w in self.vocab]
        margin = _TIE_MARGIN if len(known) > 2 else _SHORT_MARGIN
        scores = self.scores(words, has_marks)
        best = max(LANGUAGES, key=lambda lang: scores[lang])
        if best != preferred and scores[best] - scores[preferred] < margin:
            return preferred
        return best
