"""`python bot.py unanswered --export FILE`, as a moderator runs it."""

import csv
import os
import subprocess
import sys
from datetime import date

from bot.store.sqlite import SqliteStore
from tests.conftest import PROJECT


async def _keep(tmp_path, texts):
    store = SqliteStore(tmp_path / "bot.sqlite3")
    for text in texts:
        await store.keep_unanswered(date(2026, 11, 22), text)
    await store.close()


async def test_export_writes_grouped_redacted_questions(tmp_path):
    await _keep(tmp_path, ("what is the capital of Peru", "capital of Peru?", "weather in Hanoi"))
    out = tmp_path / "unanswered.csv"
    result = subprocess.run([sys.executable, str(PROJECT / "bot.py"), "unanswered", "--export",
                             str(out)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["group"], r["group_size"]) for r in rows] == [("1", "2"), ("1", "2"), ("2", "1")]


def test_export_without_data_says_what_to_set(tmp_path):
    result = subprocess.run([sys.executable, str(PROJECT / "bot.py"), "unanswered", "--export",
                             str(tmp_path / "x.csv")], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "DATA_DIR": str(tmp_path / "none")})
    assert result.returncode == 2
    assert "DATA_DIR" in result.stderr and "Traceback" not in result.stderr


async def test_export_keeps_formula_like_questions_as_text(tmp_path):
    await _keep(tmp_path, ("=HYPERLINK(\"http://x\")", "+84 thing", "@bot hi", "-1+2"))
    out = tmp_path / "unanswered.csv"
    subprocess.run([sys.executable, str(PROJECT / "bot.py"), "unanswered", "--export", str(out)],
                   capture_output=True, text=True, timeout=60,
                   env={**os.environ, "DATA_DIR": str(tmp_path)}, check=True)
    cells = [row["question"] for row in csv.DictReader(out.open(encoding="utf-8"))]
    assert len(cells) == 4
    assert all(cell.startswith("'") for cell in cells)
