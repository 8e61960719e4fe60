"""Is this message about danger now? Separate from topic matching, and run on every message.

Cues come from intents/_crisis.yaml. Matching is exact on whole words (no fuzziness), so a
moderator can predict what fires. Messages typed without diacritics are compared folded
("tu tu" may be "tự tử": safety first); a word the user typed WITH diacritics must agree with
the cue's, so "từ từ" (slowly) or "tư vấn" (advice) never fire "tự tử" or "tự vẫn".
Shorthand is expanded on both sides, so "ko muon song" meets "không muốn sống".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.content import Content
from bot.normalize import Shorthand, clean, fold_diacritics, squeeze_runs

Word = tuple[str, str]  # (folded, as typed)


@dataclass(frozen=True)
class CrisisHit:
    topic: str
    also_call: tuple[str, ...]
    cue: str


@dataclass(frozen=True)
class _Phrase:
    words: tuple[Word, ...]
    padded: str

    def found_in(self, padded: str, words: tuple[Word, ...]) -> bool:
        if self.padded not in padded:
            return False
        size = len(self.words)
        for start in range(len(words) - size + 1):
            if all(_agrees(words[start + k], self.words[k]) for k in range(size)):
                return True
        return False


@dataclass(frozen=True)
class _CompiledCue:
    groups: tuple[tuple[_Phrase, ...], ...]
    raw: str

    def fires(self, padded: str, words: tuple[Word, ...]) -> bool:
        return all(any(p.found_in(padded, words) for p in group) for group in self.groups)


@dataclass(frozen=True)
class _CompiledGroup:
    topic: str
    also_call: tuple[str, ...]
    cues: tuple[_CompiledCue, ...]


class CrisisDetector:
    def __init__(self, content: Content) -> None:
        self.shorthand: Mapping[str, Shorthand] = content.shorthand
        groups = []
        for group in content.crisis:
            compiled = []
            for cue in group.cues:
                table = self.shorthand.get(cue.lang, {})
                parts = []
                for alternatives in cue.raw_groups:
                    phrases = {_phrase(words) for text in alternatives
                               for words in (_words(text), _expand(_words(text), table))}
                    parts.append(tuple(sorted(phrases, key=lambda p: p.padded)))
                compiled.append(_CompiledCue(tuple(parts), cue.raw))
            groups.append(_CompiledGroup(group.topic, group.also_call, tuple(compiled)))
        self.groups: tuple[_CompiledGroup, ...] = tuple(groups)

    def detect(self, text: str) -> CrisisHit | None:
        """The first crisis group with a cue in the message, in file order."""
        words = _words(text)
        if not words:
            return None
        forms = {words} | {_expand(words, table) for table in self.shorthand.values()}
        padded_forms = [(_pad(form), form) for form in forms]
        for group in self.groups:
            for cue in group.cues:
                if any(cue.fires(padded, form) for padded, form in padded_forms):
                    return CrisisHit(group.topic, group.also_call, cue.raw)
        return None


def _words(text: str) -> tuple[Word, ...]:
    typed = [squeeze_runs(w) for w in clean(text).split()]
    return tuple((squeeze_runs(fold_diacritics(w)), w) for w in typed)


def _expand(words: tuple[Word, ...], table: Shorthand) -> tuple[Word, ...]:
    out: list[Word] = []
    for folded, typed in words:
        if folded in table:
            out.extend((w, w) for w in table[folded])
        else:
            out.append((folded, typed))
    return tuple(out)


def _phrase(words: tuple[Word, ...]) -> _Phrase:
    return _Phrase(words, _pad(words))


def _pad(words: tuple[Word, ...]) -> str:
    return f" {' '.join(folded for folded, _ in words)} "


def _agrees(said: Word, cue: Word) -> bool:
    """Same folded word, and the diacritics agree wherever both sides wrote them."""
    if said[0] != cue[0]:
        return False
    said_plain = said[1] == said[0]
    cue_plain = cue[1] == cue[0]
    return said_plain or cue_plain or said[1] == cue[1]
