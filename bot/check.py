"""`check`: every rule a moderator's edit must pass, beyond what loading already reports.

Rules that need the whole content at once live here: required topics, links between topics,
urgent answers that must open with 111, duplicates, and examples that the matcher would send
to another topic (tested with that example left out).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from bot import LANGUAGES
from bot.check_texts import check_texts
from bot.content import Content, Problem, Topic
from bot.content.loader import UI_FILE
from bot.content.scam_signs import SIGNS_FILE
from bot.learned import LABELLED_SETS, LEARNED_FILE, digest
from bot.normalize import tokens
from bot.snapshot import Snapshot, load_snapshot

MIN_EXAMPLES = {"vi": 15, "en": 8, "id": 5}
MAX_WORDS = 120
REVIEW_EVERY = timedelta(days=365)
_TOPIC_ROW = re.compile(r"^\|\s*`?([a-z0-9_]+)`?\s*\|")
# A list item written bare whose " # " YAML reads as the start of a comment: "- send # or" is
# the cue "send".
_CUT_CUE = re.compile(r"^\s*(?:-\s+)+(?P<cue>[^\s'\"\[{#-][^#\n]*?)\s#\s?(?P<rest>\S.*)$")


def required_topics(topics_md: Path) -> list[str]:
    """Topic ids from the shared topics table (first column of every table row)."""
    ids = []
    for line in topics_md.read_text(encoding="utf-8").splitlines():
        found = _TOPIC_ROW.match(line)
        if found and found.group(1) != "id":
            ids.append(found.group(1))
    return ids


def check_content(root: Path, today: date, topics_md: Path | None = None,
                  cross_test: bool = True) -> tuple[Snapshot, list[Problem]]:
    snapshot, problems = load_snapshot(root)
    problems += _required(snapshot, topics_md)
    problems += _links(snapshot)
    problems += _answers(snapshot, today)
    problems += check_texts(snapshot.content)
    problems += _examples(snapshot)
    problems += _cut_cues(root, SIGNS_FILE)
    if cross_test:
        problems += _cross_test(snapshot)
        problems += _learned_fresh(snapshot, root)
    return snapshot, problems


def _cut_cues(root: Path, name: str) -> list[Problem]:
    """A wildcard cue left unquoted loses everything after its "#" without a word of warning:
    "- kirim # atau" is the cue "kirim", which fires on every message that says it."""
    path = root / name
    if not path.is_file():
        return []
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        cut = _CUT_CUE.match(line)
        if cut:
            whole = f"{cut['cue'].strip()} # {cut['rest'].strip()}"
            problems.append(Problem(
                name, number,
                f"'{whole}' is read as the cue '{cut['cue'].strip()}' and a comment",
                f"put the cue in quotes: - '{whole}' (a comment goes on its own line)"))
    return problems


def _learned_fresh(snapshot: Snapshot, root: Path) -> list[Problem]:
    """Labelled sets added without relearning: the reading still works, from fewer examples."""
    sets, learned = root / LABELLED_SETS, snapshot.content.learned
    if not sets.is_dir() or not learned.learned_from:
        return []
    if digest(sets) == learned.learned_from:
        return []
    return [Problem(LEARNED_FILE, 0, f"learned from other messages than {LABELLED_SETS} holds "
                    "now", "run 'python bot.py learn' and commit the file it writes", "warning")]


def _answer_file(topic: str) -> str:
    return f"answers/{topic}.yaml"


def _required(snapshot: Snapshot, topics_md: Path | None) -> list[Problem]:
    if topics_md is None or not topics_md.is_file():
        where = str(topics_md) if topics_md else "topics.md"
        return [Problem(where, 0, "the shared topic list was not found, so required topics "
                        "were not checked", "pass --topics PATH/TO/topics.md", "warning")]
    return [Problem(_answer_file(t), 0, f"required topic '{t}' is missing or failed to load",
                    f"add intents/{t}.yaml and answers/{t}.yaml, or fix the errors above")
            for t in required_topics(topics_md) if t not in snapshot.content.topics]


def _links(snapshot: Snapshot) -> list[Problem]:
    content = snapshot.content
    out = []
    for topic in content.topics.values():
        for other in topic.related:
            if other not in content.topics:
                out.append(Problem(_answer_file(topic.id), topic.line_of("related"),
                                   f"related topic '{other}' does not exist",
                                   "use a topic id from intents/, or remove it"))
        out += _case_links(content, topic)
        if topic.category not in content.ui.categories:
            out.append(Problem(_answer_file(topic.id), topic.line_of("category"),
                               f"unknown category '{topic.category}'",
                               f"use one of: {', '.join(content.ui.categories)}"))
    ui = content.ui
    for key, listed in (("fallback_topics", ui.fallback_topics), ("cry_topics", ui.cry_topics),
                        ("never_offered", ui.never_offered), ("for_everyone", ui.for_everyone),
                        ("not_under_danger", ui.not_under_danger)):
        for topic_id in listed:
            if topic_id not in content.topics:
                out.append(Problem(UI_FILE, ui.lines.get(key, 0),
                                   f"'{topic_id}' in {key} is not a topic",
                                   "use a topic id from intents/, or remove it"))
    for group in content.crisis:
        if group.topic in content.topics and not content.topics[group.topic].urgent:
            out.append(Problem("intents/_crisis.yaml", 0,
                               f"crisis group '{group.topic}' leads to a topic not marked urgent",
                               f"set 'urgent: true' in answers/{group.topic}.yaml",
                               "warning"))
    return out


def _case_links(content: Content, topic: Topic) -> list[Problem]:
    """The topic ids a case of this answer file names (its buttons, the topics it is shared
    with) must exist."""
    out = []
    for case in topic.own_cases:
        named = [("related", other, f"related topic '{other}' of case '{case.id}' does not "
                  "exist") for other in case.related]
        named += [("also_in", other, f"'{other}' in 'also_in' is not a topic")
                  for other in case.also_in]
        out += [Problem(_answer_file(topic.id), case.lines.get(key, 1), message,
                        "use a topic id from intents/, or remove it")
                for key, other, message in named if other not in content.topics]
    return out


def _answers(snapshot: Snapshot, today: date) -> list[Problem]:
    out = []
    for topic in snapshot.content.topics.values():
        path = _answer_file(topic.id)
        for variant in topic.variants():
            for lang, text in variant.texts.items():
                line = variant.lines[lang]
                words = len(text.split())
                if words > MAX_WORDS:
                    out.append(Problem(path, line, f"'{variant.label}/{lang}' has {words} words",
                                       f"shorten it to about {MAX_WORDS} for a phone screen",
                                       "warning"))
        if not topic.sources:
            out.append(Problem(path, 1, "no sources", "add 'sources:' with name, url and "
                               "the date you checked them", "warning"))
        if topic.reviewed is None or today - topic.reviewed > REVIEW_EVERY:
            out.append(Problem(path, topic.line_of("reviewed"),
                               f"not reviewed since {topic.reviewed or 'ever'}",
                               "re-read it against the sources and update 'reviewed:'",
                               "warning"))
    return out


def _examples(snapshot: Snapshot) -> list[Problem]:
    out = []
    seen: dict[str, tuple[str, int]] = {}
    for topic in snapshot.content.topics.values():
        path = f"intents/{topic.id}.yaml"
        counts: dict[str, int] = defaultdict(int)
        for example in topic.examples:
            counts[example.lang] += 1
            key = " ".join(tokens(example.text))
            if key in seen:
                other, line = seen[key]
                same = other == topic.id
                out.append(Problem(path, example.line,
                                   f"'{example.text}' is already an example"
                                   + ("" if same else f" of '{other}'") + f" (line {line})",
                                   "remove one copy" if same else
                                   "keep it in the one topic it belongs to",
                                   "warning" if same else "error"))
            else:
                seen[key] = (topic.id, example.line)
        for lang in LANGUAGES:
            if counts[lang] < MIN_EXAMPLES[lang]:
                out.append(Problem(path, 0, f"only {counts[lang]} '{lang}' examples",
                                   f"add at least {MIN_EXAMPLES[lang]} varied questions",
                                   "warning"))
    return out


def _cross_test(snapshot: Snapshot) -> list[Problem]:
    """Each example, left out, must still lead to its own topic first, or to a special case
    of it (a missing child is a child in danger now): either answer is right there."""
    index = snapshot.index
    narrower = snapshot.crisis.refines
    out = []
    for position, example in enumerate(index.examples):
        query = index.prepare(example.text, example.lang)
        match = index.match(query, exclude=position)
        if not match.ranked:
            continue
        best, score = match.ranked[0]
        if best != example.topic and narrower.get(best) != example.topic:
            own = dict(match.ranked).get(example.topic, 0.0)
            out.append(Problem(f"intents/{example.topic}.yaml", example.line,
                               f"'{example.text}' matches '{best}' ({score:.2f}) better than "
                               f"its own topic ({own:.2f})",
                               "reword it with words of this topic, or move it to "
                               f"intents/{best}.yaml", "warning"))
    return out
