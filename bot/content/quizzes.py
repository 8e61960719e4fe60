"""answers/quizzes/: quiz scenarios and daily tips, checked against Telegram's poll limits so a
moderator learns of a too-long option from `check`, not from a failed poll."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot import LANGUAGES
from bot.content.model import Scenario, Tip, Topic
from bot.content.yamlfile import YamlFile

if TYPE_CHECKING:
    from bot.content.loader import _Collector

QUIZ_FOLDER = "answers/quizzes"
TIPS_FILE = f"{QUIZ_FOLDER}/tips.yaml"
SCENARIO_KEYS = ("id", "topic", "audience", "question", "options", "correct", "explanation")
TIP_KEYS = ("id", "audience", "text")
AUDIENCE_VALUES = ("teen", "parent", "both")
MAX_QUESTION, MAX_OPTION, MAX_EXPLANATION, MAX_TIP = 300, 100, 200, 200
MIN_OPTIONS, MAX_OPTIONS = 2, 10


def load_quizzes(files: Mapping[str, YamlFile], topics: Mapping[str, Topic],
                 found: _Collector) -> tuple[tuple[Scenario, ...], tuple[Tip, ...]]:
    scenarios: list[Scenario] = []
    tips: list[Tip] = []
    ids: dict[str, str] = {}
    for path in sorted(p for p in files if p.startswith(f"{QUIZ_FOLDER}/")):
        file = files[path]
        if not isinstance(file.data, list):
            found.error(file, 1, "a quiz file should be a list of items starting with '- id:'",
                        "start each scenario or tip with '- id: some_name'")
            continue
        for index, item in enumerate(file.data):
            if not isinstance(item, dict):
                found.error(file, file.line(index), "this item is not a set of 'key: value' lines",
                            "start it with '- id: some_name' and indent its keys under it")
                continue
            item_id = str(item.get("id") or "")
            if not item_id:
                found.error(file, file.line(index), "item without 'id'",
                            "add '- id: some_name' (unique, lowercase_with_underscores)")
                continue
            if item_id in ids:
                found.error(file, file.line(index, "id"), f"id '{item_id}' is used twice",
                            f"rename one of them (the other is in {ids[item_id]})")
                continue
            ids[item_id] = path
            if path == TIPS_FILE:
                tip = _tip(file, index, item, found)
                if tip is not None:
                    tips.append(tip)
            else:
                scenario = _scenario(file, index, item, topics, found)
                if scenario is not None:
                    scenarios.append(scenario)
    return tuple(scenarios), tuple(tips)


def _audience(file: YamlFile, index: int, item: dict[str, Any], found: _Collector) -> str | None:
    audience = str(item.get("audience", "both"))
    if audience not in AUDIENCE_VALUES:
        found.error(file, file.line(index, "audience"), f"audience '{audience}' is unknown",
                    "use teen, parent or both")
        return None
    return audience


def _limited(file: YamlFile, index: int, item: dict[str, Any], key: str, limit: int,
             found: _Collector) -> dict[str, str] | None:
    texts = found.per_language(file, item.get(key), key, index, key)  # type: ignore[arg-type]
    ok = len(texts) == len(LANGUAGES)
    for lang, text in texts.items():
        if len(text) > limit:
            found.error(file, file.line(index, key, lang),
                        f"'{key}/{lang}' has {len(text)} characters; Telegram allows {limit}",
                        "shorten it")
            ok = False
    return dict(texts) if ok else None


def _tip(file: YamlFile, index: int, item: dict[str, Any], found: _Collector) -> Tip | None:
    found.unknown_keys(file, item, TIP_KEYS, index)
    audience = _audience(file, index, item, found)
    text = _limited(file, index, item, "text", MAX_TIP, found)
    if audience is None or text is None:
        return None
    return Tip(str(item["id"]), audience, MappingProxyType(text), file.path,
               _lines(file, index, ("text",)))


def _scenario(file: YamlFile, index: int, item: dict[str, Any], topics: Mapping[str, Topic],
              found: _Collector) -> Scenario | None:
    found.unknown_keys(file, item, SCENARIO_KEYS, index)
    ok = True
    topic = str(item.get("topic", ""))
    if topic not in topics:
        found.error(file, file.line(index, "topic"), f"topic '{topic}' does not exist",
                    "use a topic id from intents/ (the topic this scenario teaches)")
        ok = False
    audience = _audience(file, index, item, found)
    question = _limited(file, index, item, "question", MAX_QUESTION, found)
    explanation = _limited(file, index, item, "explanation", MAX_EXPLANATION, found)
    options = found.mapping(file, item.get("options"), "options", index, "options")
    found.unknown_keys(file, options, LANGUAGES, index, "options")
    counts = set()
    parsed: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        choices = options.get(lang)
        line = file.line(index, "options", lang)
        if not isinstance(choices, list) or not all(isinstance(c, str) and c.strip()
                                                    for c in choices):
            found.error(file, line, f"'options/{lang}' is missing or not a list of texts",
                        f"write {lang}: [\"first\", \"second\", \"third\"]")
            ok = False
            continue
        if not MIN_OPTIONS <= len(choices) <= MAX_OPTIONS:
            found.error(file, line, f"'options/{lang}' has {len(choices)} options",
                        f"give between {MIN_OPTIONS} and {MAX_OPTIONS}")
            ok = False
        for choice in choices:
            if len(choice) > MAX_OPTION:
                found.error(file, line, f"option '{choice[:40]}…' has {len(choice)} characters;"
                            f" Telegram allows {MAX_OPTION}", "shorten it")
                ok = False
        counts.add(len(choices))
        parsed[lang] = tuple(c.strip() for c in choices)
    if len(counts) > 1:
        found.error(file, file.line(index, "options"), "the languages have different numbers "
                    "of options", "give the same options, in the same order, in vi, en and id")
        ok = False
    correct = item.get("correct")
    if not isinstance(correct, int) or not counts or not 1 <= correct <= min(counts):
        found.error(file, file.line(index, "correct"), f"'correct: {correct}' is not an option "
                    "number", "write the number of the right option, counting from 1")
        ok = False
    if not ok or audience is None or question is None or explanation is None:
        return None
    lines = dict(_lines(file, index, ("question", "options", "explanation")))
    # Each option's own line: a list may be written one option per line.
    lines.update({f"options.{lang}.{at}": file.line(index, "options", lang, at)
                  for lang, choices in parsed.items() for at in range(len(choices))})
    return Scenario(str(item["id"]), topic, audience, MappingProxyType(question),
                    MappingProxyType(parsed), int(correct) - 1, MappingProxyType(explanation),
                    file.path, MappingProxyType(lines))


def _lines(file: YamlFile, index: int, keys: tuple[str, ...]) -> Mapping[str, int]:
    """Where each text of one item stands, so `check` can point at it."""
    return MappingProxyType({f"{key}.{lang}": file.line(index, key, lang)
                             for key in keys for lang in LANGUAGES})
