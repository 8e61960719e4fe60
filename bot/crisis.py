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
    keys: tuple[frozenset[str], ...] = ()

    def fires(self, present: set[str], padded: str, words: tuple[Word, ...]) -> bool:
        """`present` holds every padded word run of the message: a cheap first test before
        the word-by-word diacritics check."""
        if any(key.isdisjoint(present) for key in self.keys):
            return False
        return all(any(p.padded in present and p.found_in(padded, words) for p in group)
                   for group in self.groups)


@dataclass(frozen=True)
class _CompiledGroup:
    topic: str
    also_call: tuple[str, ...]
    cues: tuple[_CompiledCue, ...]


class CrisisDetector:
    def __init__(self, content: Content) -> None:
        self.shorthand: Mapping[str, Shorthand] = content.shorthand
        self.phrases: set[str] = set()
        self.starts: dict[str, set[int]] = {}
        self.by_anchor: dict[str, list[tuple[int, int]]] = {}
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
                keys = tuple(frozenset(p.padded for p in part) for part in parts)
                anchor = min(keys, key=lambda key: (sum(p.count(" ") <= 2 for p in key), len(key)))
                for key in anchor:
                    self.by_anchor.setdefault(key, []).append((len(groups), len(compiled)))
                compiled.append(_CompiledCue(tuple(parts), cue.raw, keys))
                for part in parts:
                    for phrase in part:
                        self.phrases.add(phrase.padded)
                        self.starts.setdefault(phrase.words[0][0], set()).add(len(phrase.words))
            groups.append(_CompiledGroup(group.topic, group.also_call, tuple(compiled)))
        self.groups: tuple[_CompiledGroup, ...] = tuple(groups)

    def _runs(self, words: tuple[Word, ...]) -> set[str]:
        """The message's word runs that could be a cue: only those starting with a cue's
        first word, of that cue's length."""
        folded = [f for f, _ in words]
        runs = set()
        for i, word in enumerate(folded):
            for n in self.starts.get(word, ()):
                if i + n <= len(folded):
                    runs.add(f" {' '.join(folded[i:i + n])} ")
        return runs

    def detect(self, text: str) -> CrisisHit | None:
        """The first crisis group with a cue in the message, in file order."""
        words = _words(text)
        if not words:
            return None
        forms = {words} | {_expand(words, table) for table in self.shorthand.values()}
        candidates = []
        positions: set[tuple[int, int]] = set()
        for form in forms:
            present = self._runs(form) & self.phrases
            if present:
                candidates.append((present, _pad(form), form))
                for key in present:
                    positions.update(self.by_anchor.get(key, ()))
        for group_at, cue_at in sorted(positions):
            group = self.groups[group_at]
            cue = group.cues[cue_at]
            if any(cue.fires(present, padded, form) for present, padded, form in candidates):
                return CrisisHit(group.topic, group.also_call, cue.raw)
        return None


def _words(text: str) -> tuple[Word, ...]:
    cleaned = clean(text)
    typed = squeeze_runs(cleaned).split()
    folded = squeeze_runs(fold_diacritics(cleaned)).split()
    if len(folded) != len(typed):  # a word made only of stray accents: go word by word
        pairs = [(squeeze_runs(fold_diacritics(w)), squeeze_runs(w)) for w in cleaned.split()]
        return tuple((f, w) for f, w in pairs if f)
    return tuple(zip(folded, typed, strict=True))


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
