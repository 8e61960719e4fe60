"""The last content that passed validation, kept on disk in DATA_DIR.

A bad edit never replaces good content while the bot runs; without a copy on disk a restart
would load the broken files and, say, run with no crisis cues at all. So every content that
passes is copied here, and a start whose content does not pass starts from this copy and says
what is wrong.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.content import Problem
from bot.live import WATCHED, reload_content
from bot.snapshot import Snapshot

GOOD = "content.good"


@dataclass(frozen=True)
class StartContent:
    snapshot: Snapshot | None
    problems: tuple[Problem, ...]
    from_copy: bool

    def notice(self, limit: int = 15) -> str | None:
        """What moderators must hear when the bot started from the kept copy."""
        if not self.from_copy:
            return None
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"… and {len(self.problems) - limit} more: run python bot.py check")
        return ("The content on disk did not pass its checks at start, so the bot is serving "
                "the last content that did. Fix these and save:\n" + "\n".join(lines))


def start_content(root: Path, data_dir: Path, today: date,
                  topics_md: Path | None) -> StartContent:
    """The content to start with: the files if they pass, else the last good copy."""
    outcome = reload_content(root, today, topics_md)
    if outcome.snapshot is not None:
        keep_good(root, data_dir)
        return StartContent(outcome.snapshot, (), from_copy=False)
    copy = data_dir / GOOD
    if copy.is_dir():
        kept = reload_content(copy, today, topics_md)
        if kept.snapshot is not None:
            return StartContent(kept.snapshot, outcome.problems, from_copy=True)
    return StartContent(None, outcome.problems, from_copy=False)


def keep_good(root: Path, data_dir: Path) -> None:
    """Copy the content folders into DATA_DIR/content.good, replacing the old copy whole."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / GOOD
    fresh = data_dir / f"{GOOD}.new-{os.getpid()}"
    old = data_dir / f"{GOOD}.old-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    for folder in WATCHED:
        shutil.copytree(root / folder, fresh / folder)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
