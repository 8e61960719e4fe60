from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.snapshot import Snapshot, load_snapshot

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


@pytest.fixture(scope="session")
def snapshot() -> Snapshot:
    snap, _ = load_snapshot(PROJECT)
    return snap


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break."""
    for folder in ("intents", "answers"):
        shutil.copytree(PROJECT / folder, tmp_path / folder)
    return tmp_path
