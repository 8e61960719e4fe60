"""Content that changes while the bot runs: notice edits, validate them with the same rules as
`check`, and hand back a new snapshot only when it is clean. A bad edit never replaces good
content; the caller keeps serving what it has."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.check import check_content
from bot.content import Problem, errors
from bot.snapshot import Snapshot

Fingerprint = tuple[tuple[str, int, int], ...]
WATCHED = ("intents", "answers")


def fingerprint(root: Path) -> Fingerprint:
    """Name, modification time and size of every content file: cheap enough to poll."""
    entries = []
    for folder in WATCHED:
        for path in sorted((root / folder).rglob("*.*")):
            if path.suffix not in (".yaml", ".yml", ".json"):
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path.relative_to(root)), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


@dataclass(frozen=True)
class ReloadOutcome:
    snapshot: Snapshot | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.snapshot is not None

    def report(self, limit: int = 15) -> str:
        """The `check` output a moderator needs to fix the edit, cut to fit a chat message."""
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"… and {len(self.problems) - limit} more: run python bot.py check")
        return "\n".join(lines)


def reload_content(root: Path, today: date, topics_md: Path | None) -> ReloadOutcome:
    snapshot, problems = check_content(root, today, topics_md, cross_test=False)
    broken = tuple(errors(problems))
    return ReloadOutcome(None if broken else snapshot, broken)


@dataclass
class ContentWatcher:
    root: Path
    seen: Fingerprint = field(default=())

    def __post_init__(self) -> None:
        self.seen = fingerprint(self.root)

    def changed(self) -> bool:
        now = fingerprint(self.root)
        if now == self.seen:
            return False
        self.seen = now
        return True
