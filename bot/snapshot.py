"""One loaded content version with everything derived from it, built once and swapped whole."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.audience import AudienceGuesser
from bot.content import Content, Problem, load_content
from bot.cries import CryReader
from bot.crisis import CrisisDetector
from bot.family import FamilyWording
from bot.matcher import MatchIndex, Tuning
from bot.place import PlaceReader
from bot.redflags.reader import RedFlagReader


@dataclass(frozen=True)
class Snapshot:
    content: Content
    index: MatchIndex
    crisis: CrisisDetector
    audience: AudienceGuesser
    redflags: RedFlagReader
    cries: CryReader
    places: PlaceReader
    family: FamilyWording

    @classmethod
    def build(cls, content: Content, tuning: Tuning | None = None) -> Snapshot:
        return cls(content, MatchIndex(content, tuning), CrisisDetector(content),
                   AudienceGuesser(content), RedFlagReader(content), CryReader(content),
                   PlaceReader(content), FamilyWording(content))

    @property
    def version(self) -> str:
        return self.content.version


def load_snapshot(root: Path, tuning: Tuning | None = None) -> tuple[Snapshot, list[Problem]]:
    content, problems = load_content(root)
    return Snapshot.build(content, tuning), problems
