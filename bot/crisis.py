"""Is this message about danger now? Separate from topic matching, and run on every message.

Cues come from intents/_crisis.yaml. Matching is exact on whole folded words (no fuzziness),
so a moderator can predict what fires. Both the message and the cues are compared as written
and with shorthand expanded, so "ko muon song" meets the cue "không muốn sống".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.content import Content
from bot.normalize import Shorthand, expand, tokens


@dataclass(frozen=True)
class CrisisHit:
    topic: str
    also_call: tuple[str, ...]
    cue: str


@dataclass(frozen=True)
class _CompiledCue:
    groups: tuple[tuple[str, ...], ...]
    raw: str

    def fires(self, form: str) -> bool:
        return all(any(alt in form for alt in group) for group in self.groups)


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
                alternatives = tuple(
                    tuple(sorted({_padded(p) for p in part} | {_padded(expand(p, table))
                                                              for p in part}))
                    for part in cue.groups)
                compiled.append(_CompiledCue(alternatives, cue.raw))
            groups.append(_CompiledGroup(group.topic, group.also_call, tuple(compiled)))
        self.groups: tuple[_CompiledGroup, ...] = tuple(groups)

    def detect(self, text: str) -> CrisisHit | None:
        """The first crisis group with a cue in the message, in file order."""
        words = tokens(text)
        if not words:
            return None
        forms = {_padded(words)} | {_padded(expand(words, t)) for t in self.shorthand.values()}
        for group in self.groups:
            for cue in group.cues:
                if any(cue.fires(form) for form in forms):
                    return CrisisHit(group.topic, group.also_call, cue.raw)
        return None


def _padded(words: tuple[str, ...]) -> str:
    return f" {' '.join(words)} "
