"""Examples in intents/ must not be copies of the sentences we are measured on."""

from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz, process

from bot.normalize import tokens
from tests.conftest import PROJECT, SHARED

EVAL_FILES = [*sorted((SHARED / "eval").glob("*.yaml")),
              *sorted((PROJECT / "tests" / "data").glob("*.yaml"))]


def _texts(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data if isinstance(data, list) else (data or {}).get("messages", [])
    return [str(item["text"]) for item in items if isinstance(item, dict) and "text" in item]


def test_no_example_is_a_near_copy_of_an_eval_sentence(snapshot):
    evaluated = {" ".join(tokens(t)): t for path in EVAL_FILES if path.is_file()
                 for t in _texts(path)}
    if not evaluated:
        pytest.fail(f"no eval sentences found under {SHARED / 'eval'}")
    choices = list(evaluated)
    copies = []
    for topic in snapshot.content.topics.values():
        for example in topic.examples:
            folded = " ".join(tokens(example.text))
            best = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=90)
            if best:
                copies.append(f"intents/{topic.id}.yaml: {example.text!r} ~ {evaluated[best[0]]!r}")
    assert not copies, "\n".join(copies)
