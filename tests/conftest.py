from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.learned import LEARNED_FILE
from bot.snapshot import Snapshot, load_snapshot
from bot.testing.postgres import NoServer, TemporaryServer, start_server

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"


@pytest.fixture(scope="session")
def snapshot() -> Snapshot:
    snap, _ = load_snapshot(PROJECT)
    return snap


@pytest.fixture(scope="session")
def cues_alone(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The shipped content without its learned reading: what the cues catch on their own."""
    root = tmp_path_factory.mktemp("cues_alone")
    for folder in ("intents", "answers"):
        shutil.copytree(PROJECT / folder, root / folder)
    (root / LEARNED_FILE).unlink()
    return load_snapshot(root)[0]


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break."""
    for folder in ("intents", "answers"):
        shutil.copytree(PROJECT / folder, tmp_path / folder)
    return tmp_path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TemporaryServer]:
    """A real PostgreSQL server in a temporary folder, for the whole run. Where none is
    installed the PostgreSQL tests skip, except under CI (REQUIRE_POSTGRES=1), where that fails."""
    try:
        server = start_server()
    except NoServer as exc:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL tests cannot run: {exc}")
        pytest.skip(f"no PostgreSQL server here: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def database_url(postgres_server: TemporaryServer) -> str:
    """A fresh, empty database on the test server."""
    return postgres_server.new_database()
