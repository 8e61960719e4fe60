"""Unanswered questions grouped by similarity, biggest groups first: the moderators' best guide
to missing topics. Pure: takes the kept (already redacted) texts, returns groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.normalize import clean, fold_diacritics

SIMILAR = 70.0
MAX_LEADERS = 200
MAX_CHARS = 300


@dataclass(frozen=True)
class Group:
    texts: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.texts)

    @property
    def sample(self) -> str:
        return self.texts[0]


def group_similar(texts: Sequence[str], threshold: float = SIMILAR) -> list[Group]:
    """Greedy single pass: each question joins the first group whose first question it is
    close to (token_sort_ratio on folded text), else starts a group. At most MAX_LEADERS groups
    are compared against; past that, a question unlike all of them is left out (the total kept
    is shown beside the groups), so the cost stays bounded."""
    leaders: list[str] = []
    members: list[list[str]] = []
    for text in texts:
        folded = fold_diacritics(clean(text))
        best = process.extractOne(folded[:MAX_CHARS], leaders, scorer=fuzz.token_sort_ratio,
                                  score_cutoff=threshold) if leaders else None
        if best is None and len(leaders) >= MAX_LEADERS:
            continue
        if best is None:
            leaders.append(folded[:MAX_CHARS])
            members.append([text])
        else:
            members[best[2]].append(text)
    groups = [Group(tuple(m)) for m in members]
    return sorted(groups, key=lambda g: -g.size)
