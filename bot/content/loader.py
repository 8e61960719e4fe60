"""Read intents/ and answers/ into a Content snapshot, collecting problems instead of raising.

A topic whose files are broken is left out and reported; everything else still loads, so one
bad edit costs one topic, never the whole bot.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot import LANGUAGES
from bot.content.cues import WordLists, cue_list, cues_by_language, warn_if_misfiled
from bot.content.model import (
    EMPTY,
    Case,
    Content,
    CrisisGroup,
    Cue,
    Distress,
    Example,
    NotUrgent,
    PerLanguage,
    ScamSigns,
    Source,
    Topic,
    Ui,
)
from bot.content.problems import Problem
from bot.content.quizzes import QUIZ_FOLDER, load_quizzes
from bot.content.scam_signs import SIGNS_FILE, TEXTS_FILE, load_scam_signs
from bot.content.yamlfile import YamlFile, parse
from bot.learned import LEARNED_FILE, LearnedDanger
from bot.learned import read as read_learned
from bot.normalize import clean, tokens

SHORTHAND_FILE = "intents/_shorthand.yaml"
OUT_OF_SCOPE = "_out_of_scope"
OUT_OF_SCOPE_FILE = f"intents/{OUT_OF_SCOPE}.yaml"
CRISIS_FILE = "intents/_crisis.yaml"
AUDIENCE_FILE = "intents/_audience.yaml"
CRIES_FILE = "intents/_cries.yaml"
CRIES_KEYS = ("cries", "filler", "distress", "not_distress", "questions")
PLACES_FILE = "intents/_places.yaml"
PLACES = ("vietnam", "indonesia")
DISTRESS_KEYS = ("distress_marks", "distress_signs")
UI_FILE = "answers/_ui.yaml"
INTENT_KEYS = ("topic", "examples", "needs", "signals")
ANSWER_KEYS = ("topic", "category", "urgent", "reviewed", "title", "answer", "parent", "teen",
               "adult", "related", "sources", "cases", "not_now")
NOT_NOW = "not_now"
NOT_NOW_KEYS = ("answer", "parent", "teen", "adult", "related")
CASE_KEYS = ("id", "when", "answer", "parent", "teen", "adult", "also_in", "related")
SOURCE_KEYS = ("name", "url", "checked")
UI_KEYS = ("strings", "categories", "numbers", "fallback_topics", "cry_topics", "never_offered",
           "for_everyone", "not_under_danger")
CRISIS_KEYS = ("also_call", "cues", "by_shape", "refines", "instead_of", "for_young_child",
               "for_a_dare", "unknown_reader")
NOT_URGENT = "not_urgent"
WORD_LISTS = "word_lists"
# The word list whose phrases also keep their sentence out of every frame (a goodbye).
FAREWELL_LIST = "farewell"
NOT_URGENT_KEYS = ("frames", "exaggerations", "now", "oneself", "someone_else", "first_person",
                   "own_child", "reporting", "object_marks", "moved_by", "witness", "real_words",
                   "young_child", "third_person", "advisories", "posing", "disclaimers", "dares",
                   "given_to", "long_ago", "happening_now", "not_yet", "mine", "tasks",
                   "supposing", "shaken", "feared", "preparing", "titles", "news", "troubles",
                   "pictures", "revealed", "laughter")
REQUIRED_UI_STRINGS = (
    "urgent_banner", "also_call", "did_you_mean", "fallback", "empty", "button_hotline",
    "hotline", "welcome", "help", "topics_header", "related_header", "ask_role", "role_parent",
    "role_teen", "role_saved_parent", "role_saved_teen", "choose_lang", "lang_saved",
    "media_refused", "please_type", "group_private", "error", "feedback_thanks", "back",
    "command_start", "command_topics", "command_hotline", "command_lang", "command_role",
    "command_help", "command_privacy", "command_forget", "privacy", "forgotten",
    "command_quiz", "command_tip", "command_subscribe", "command_unsubscribe", "quiz_intro",
    "quiz_right", "quiz_wrong", "quiz_score", "quiz_review", "quiz_answer_prompt", "quiz_none",
    "tip_header", "subscribe_ask", "subscribed", "unsubscribed", "bot_description",
    "bot_short_description", "button_copy_hotline", "button_hotline_site", "command_reload",
    "command_stats", "command_unanswered", "command_preview", "cleared", "button_clear",
    "command_clear", "command_check", "cry_for_help", "button_not_yours",
    "did_you_mean_near_danger", "also_asked",
)
AUDIENCE_KEYS = ("parent", "teen", "adult")
ADDRESSING = "addressing"
RELATIVES = "relatives"
FAMILY = "family"
FAMILY_WORDING = "family_wording"
REWORD = "→"


class _Collector:
    """Problems found while loading, with helpers that phrase them for moderators."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, file: YamlFile | str, line: int, message: str, fix: str) -> None:
        path = file.path if isinstance(file, YamlFile) else file
        self.problems.append(Problem(path, line, message, fix))

    def warn(self, file: YamlFile | str, line: int, message: str, fix: str) -> None:
        path = file.path if isinstance(file, YamlFile) else file
        self.problems.append(Problem(path, line, message, fix, "warning"))

    def unknown_keys(self, file: YamlFile, data: Mapping[Any, Any], allowed: Iterable[str],
                     *where: str | int) -> None:
        allowed = tuple(allowed)
        for key in data:
            if str(key) not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                fix = (f"did you mean '{close[0]}'?" if close
                       else f"use one of: {', '.join(allowed)}")
                self.error(file, file.line(*where, str(key)), f"unknown key '{key}'", fix)

    def mapping(self, file: YamlFile, value: Any, what: str, *where: str | int) -> dict[Any, Any]:
        if isinstance(value, dict):
            return value
        self.error(file, file.line(*where), f"'{what}' should be a set of 'key: value' lines",
                   f"indent the entries of '{what}' under it, one 'key: value' per line")
        return {}

    def per_language(self, file: YamlFile, value: Any, what: str, *where: str | int,
                     required: bool = True) -> PerLanguage:
        """A {vi:, en:, id:} block of text; missing languages are problems when required."""
        block = self.mapping(file, value if value is not None else {}, what, *where)
        self.unknown_keys(file, block, LANGUAGES, *where)
        out: dict[str, str] = {}
        for lang in LANGUAGES:
            text = block.get(lang)
            if isinstance(text, str) and text.strip():
                out[lang] = text.strip()
            elif required or block:
                self.error(file, file.line(*where), f"'{lang}' text missing in '{what}'",
                           f"add a '{lang}:' line with the text under '{what}:'")
        return MappingProxyType(out)


def load_content(root: Path) -> tuple[Content, list[Problem]]:
    """Load the content under `root` (the folder holding intents/ and answers/)."""
    found = _Collector()
    files = _read_files(root, found)
    shorthand, shorthand_said = _shorthand(files.get(SHORTHAND_FILE), found)
    ui = _ui(files.get(UI_FILE), found)
    lists = _word_lists(files.get(CRISIS_FILE), found)
    topics = _topics(files, found, lists)
    crisis = _crisis(files.get(CRISIS_FILE), topics, found, lists)
    not_urgent = _not_urgent(files.get(CRISIS_FILE), found, lists)
    audience_cues = _audience(files.get(AUDIENCE_FILE), found)
    family_wording = _family_wording(files.get(AUDIENCE_FILE), found)
    cries = _cries(files.get(CRIES_FILE), found)
    places = _places(files.get(PLACES_FILE), found)
    scenarios, tips = load_quizzes(files, topics, found)
    scam = load_scam_signs(files, found)
    _crisis_signs_known(files.get(SIGNS_FILE), scam, crisis, found)
    _steps_for_known(files.get(TEXTS_FILE), scam, topics, found)
    distress = _distress(files.get(CRIES_FILE), scam, found)
    oos_file = files.get(OUT_OF_SCOPE_FILE)
    out_of_scope = _examples(oos_file, OUT_OF_SCOPE, found) if oos_file else ()
    learned = _learned(root, found)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + repr(files[path].data).encode())
    digest.update(learned.learned_from.encode() + repr(learned.threshold).encode())
    content = Content(topics=MappingProxyType(topics), crisis=crisis, ui=ui,
                      not_urgent=not_urgent, audience_cues=MappingProxyType(audience_cues),
                      shorthand=MappingProxyType(shorthand),
                      shorthand_said=MappingProxyType(shorthand_said),
                      version=digest.hexdigest()[:12],
                      scenarios=scenarios, tips=tips, out_of_scope=out_of_scope,
                      scam=scam, cries=MappingProxyType(cries), distress=distress,
                      places=MappingProxyType(places),
                      family_wording=MappingProxyType(family_wording), learned=learned)
    return content, found.problems


def _learned(root: Path, found: _Collector) -> LearnedDanger:
    model, trouble = read_learned(root / LEARNED_FILE)
    if model is None:
        found.warn(LEARNED_FILE, 0, f"the learned reading of danger now {trouble}; only the "
                   "cues of intents/_crisis.yaml will read danger",
                   "run 'python bot.py learn' to write it again from the labelled sets")
        return LearnedDanger()
    return model


def _crisis_signs_known(file: YamlFile | None, scam: ScamSigns,
                        crisis: tuple[CrisisGroup, ...], found: _Collector) -> None:
    if file is None:
        return
    groups = {group.topic for group in crisis}
    for sign in scam.signs.values():
        for topic in sign.from_crisis:
            if topic not in groups:
                found.error(file, file.line("signs", sign.id, "from_crisis"),
                            f"'{topic}' has no group in {CRISIS_FILE}",
                            "write the topic of a crisis group there, e.g. sextortion")


def _steps_for_known(file: YamlFile | None, scam: ScamSigns, topics: Mapping[str, Topic],
                     found: _Collector) -> None:
    if file is None:
        return
    for key, named in (("steps_for", scam.steps_for), ("kinds", scam.kinds)):
        for topic in named:
            if topic not in topics:
                found.error(file, file.line(key, topic), f"'{topic}' is not a topic id",
                            "write the id of a scam topic, e.g. scam_fake_prize")


def _read_files(root: Path, found: _Collector) -> dict[str, YamlFile]:
    files: dict[str, YamlFile] = {}
    for folder in ("intents", "answers", QUIZ_FOLDER):
        directory = root / folder
        if not directory.is_dir():
            if folder != QUIZ_FOLDER:
                found.error(folder, 0, f"folder '{folder}/' not found in {root}",
                            "run the command from the project folder, or pass --content DIR")
            continue
        for path in sorted(directory.glob("*.y*ml")):
            rel = f"{folder}/{path.name}"
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                found.error(rel, 1, f"not UTF-8 text ({exc.reason})",
                            "save the file as UTF-8 in your editor")
                continue
            except OSError as exc:
                found.error(rel, 0, f"cannot read the file ({exc.strerror})",
                            "check the file's permissions")
                continue
            parsed, problems = parse(rel, text)
            found.problems.extend(problems)
            if parsed is not None:
                files[rel] = parsed
    return files


_Table = dict[str, dict[str, tuple[str, ...]]]


def _shorthand(file: YamlFile | None, found: _Collector) -> tuple[_Table, _Table]:
    """Each language's expansions folded (for comparing) and as written (for diacritics)."""
    out: _Table = {lang: {} for lang in LANGUAGES}
    said: _Table = {lang: {} for lang in LANGUAGES}
    if file is None:
        found.warn(SHORTHAND_FILE, 0, "no shorthand table",
                   "create it to expand chat shorthand such as 'ko' → 'không'")
        return out, said
    data = found.mapping(file, file.data, "shorthand")
    found.unknown_keys(file, data, LANGUAGES)
    for lang, table in data.items():
        for short, full in found.mapping(file, table, str(lang), str(lang)).items():
            words = tokens(str(short))
            if len(words) != 1 or not isinstance(full, str | int) or not tokens(str(full)):
                found.error(file, file.line(str(lang), str(short)),
                            f"'{short}: {full}' is not a one-word shorthand with a meaning",
                            "write it as 'short: full words', for example 'ko: không'")
                continue
            if str(lang) in out:
                folded = tokens(str(full))
                written = tuple(clean(str(full)).split())
                out[str(lang)][words[0]] = folded
                said[str(lang)][words[0]] = written if len(written) == len(folded) else folded
    return out, said


def _ui(file: YamlFile | None, found: _Collector) -> Ui:
    if file is None:
        found.error(UI_FILE, 0, "interface texts missing", "restore answers/_ui.yaml from git")
        return Ui({}, (), {}, {}, ())
    data = found.mapping(file, file.data, "ui")
    found.unknown_keys(file, data, UI_KEYS)
    strings_block = found.mapping(file, data.get("strings", {}), "strings", "strings")
    strings = {str(key): found.per_language(file, value, str(key), "strings", str(key))
               for key, value in strings_block.items()}
    for key in REQUIRED_UI_STRINGS:
        if key not in strings:
            found.error(file, file.line("strings"), f"interface text '{key}' missing",
                        f"add '{key}:' under 'strings:' with vi, en and id texts")
    categories = found.mapping(file, data.get("categories", {}), "categories", "categories")
    titles = {str(key): found.per_language(file, value, str(key), "categories", str(key))
              for key, value in categories.items()}
    numbers_block = found.mapping(file, data.get("numbers", {}), "numbers", "numbers")
    numbers = {str(key): found.per_language(file, value, str(key), "numbers", str(key))
               for key, value in numbers_block.items()}
    lists = {}
    for key in ("fallback_topics", "cry_topics", "never_offered", "for_everyone",
                "not_under_danger"):
        value = data.get(key, [])
        if not isinstance(value, list):
            found.error(file, file.line(key), f"'{key}' should be a list",
                        "write it as [topic_a, topic_b]")
            value = []
        lists[key] = tuple(str(t) for t in value)
    return Ui(MappingProxyType(strings), tuple(titles), MappingProxyType(titles),
              MappingProxyType(numbers), lists["fallback_topics"],
              MappingProxyType({".".join(map(str, k)): v for k, v in file.lines.items()}),
              lists["cry_topics"], lists["never_offered"], lists["for_everyone"],
              lists["not_under_danger"])


def _topics(files: Mapping[str, YamlFile], found: _Collector,
            lists: WordLists) -> dict[str, Topic]:
    names = {p.split("/", 1)[1].rsplit(".", 1)[0] for p in files if not _special(p)}
    topics: dict[str, Topic] = {}
    for name in sorted(names):
        intent = next((f for p, f in files.items() if p.startswith(f"intents/{name}.")), None)
        answer = next((f for p, f in files.items() if p.startswith(f"answers/{name}.")), None)
        if intent is None or answer is None:
            have, missing = ("answers", "intents") if intent is None else ("intents", "answers")
            found.error(f"{have}/{name}.yaml", 1, f"topic '{name}' has no {missing}/ file",
                        f"add {missing}/{name}.yaml, or remove {have}/{name}.yaml")
            continue
        before = len(found.problems)
        examples = _examples(intent, name, found)
        needs = ()
        if isinstance(intent.data, dict) and intent.data.get("needs") is not None:
            needs = tuple(_phrases(intent, intent.data["needs"], "needs", found, "needs"))
        signals = _signals(intent, found)
        topic = _topic(answer, name, examples, found, lists)
        if topic is not None and (needs or signals):
            topic = replace(topic, needs=needs, signals=signals)
        broken = any(p.severity == "error" for p in found.problems[before:])
        if topic is not None and not broken:
            topics[name] = topic
    return _shared_cases(topics)


def _shared_cases(topics: dict[str, Topic]) -> dict[str, Topic]:
    """A case written once in one answer file and listing `also_in` replaces those topics'
    answers too ("a stranger keeps asking for photos" is told under blocking and stalking).
    `check` names an id that is no topic, as it does for `related`."""
    for topic in list(topics.values()):
        for case in topic.cases:
            for other in case.also_in:
                if other in topics and all(c.id != case.id for c in topics[other].cases):
                    topics[other] = replace(topics[other],
                                            cases=(*topics[other].cases, case))
    return topics


def _signals(file: YamlFile, found: _Collector) -> tuple[Cue, ...]:
    """Phrases that mark a topic out whatever else the message says: the matcher adds
    `signal_weight` to the topic when one is in the message."""
    if not isinstance(file.data, dict) or file.data.get("signals") is None:
        return ()
    return tuple(cues_by_language(file, file.data["signals"], found, "signals"))


def _special(path: str) -> bool:
    """Files that are not one topic: _crisis, _shorthand, _ui and the quiz folder."""
    return path.count("/") > 1 or path.split("/", 1)[1].startswith("_")


def _check_topic_field(file: YamlFile, data: Mapping[str, Any], name: str,
                       found: _Collector) -> None:
    if data.get("topic") != name:
        found.error(file, file.line("topic"),
                    f"'topic: {data.get('topic')}' does not match the file name '{name}'",
                    f"write 'topic: {name}' (ids never change; rename the file only with care)")


def _examples(file: YamlFile, name: str, found: _Collector) -> tuple[Example, ...]:
    data = found.mapping(file, file.data, "intent file")
    found.unknown_keys(file, data, INTENT_KEYS)
    _check_topic_field(file, data, name, found)
    block = found.mapping(file, data.get("examples"), "examples", "examples")
    found.unknown_keys(file, block, LANGUAGES, "examples")
    examples: list[Example] = []
    for lang in LANGUAGES:
        items = block.get(lang)
        if not isinstance(items, list) or not items:
            found.error(file, file.line("examples", lang),
                        f"no '{lang}' examples", f"add '{lang}:' under 'examples:' with a list "
                        "of questions, one '- question' per line")
            continue
        for index, item in enumerate(items):
            line = file.line("examples", lang, index)
            if not isinstance(item, str | int | float) or not tokens(str(item)):
                found.error(file, line, "this example is empty or not a sentence",
                            "write the question as plain text after '- '")
                continue
            examples.append(Example(name, lang, str(item).strip(), line))
    return tuple(examples)


def _topic(file: YamlFile, name: str, examples: tuple[Example, ...], found: _Collector,
           lists: WordLists) -> Topic | None:
    data = found.mapping(file, file.data, "answer file")
    if not data:
        return None
    found.unknown_keys(file, data, ANSWER_KEYS)
    _check_topic_field(file, data, name, found)
    category = data.get("category")
    if not isinstance(category, str) or not category:
        found.error(file, file.line("category"), "'category' missing",
                    "add 'category:' with one of the categories in answers/_ui.yaml")
    urgent = data.get("urgent", False)
    if not isinstance(urgent, bool):
        found.error(file, file.line("urgent"), f"'urgent: {urgent}' is not true or false",
                    "write 'urgent: true' or 'urgent: false'")
        urgent = False
    related = data.get("related", [])
    if not isinstance(related, list):
        found.error(file, file.line("related"), "'related' should be a list of topic ids",
                    "write it as [topic_a, topic_b]")
        related = []
    reviewed = data.get("reviewed")
    if reviewed is not None and not isinstance(reviewed, date):
        found.error(file, file.line("reviewed"), f"'reviewed: {reviewed}' is not a date",
                    "write the date as YYYY-MM-DD, for example 2026-11-22")
        reviewed = None
    variants = {key: found.per_language(file, data.get(key), key, key, required=False)
                if data.get(key) is not None else EMPTY for key in AUDIENCE_KEYS}
    return Topic(
        id=name,
        category=str(category or ""),
        urgent=urgent,
        title=found.per_language(file, data.get("title"), "title", "title"),
        answer=found.per_language(file, data.get("answer"), "answer", "answer"),
        parent=variants["parent"],
        teen=variants["teen"],
        adult=variants["adult"],
        related=tuple(str(r) for r in related),
        sources=_sources(file, data.get("sources"), found),
        reviewed=reviewed,
        cases=_cases(file, name, data.get("cases"), found, lists),
        not_now=_not_now(file, name, data.get(NOT_NOW), urgent, found),
        examples=examples,
        lines=MappingProxyType({".".join(map(str, k)): v for k, v in file.lines.items()
                                if len(k) <= 2}),
    )


def _sources(file: YamlFile, value: Any, found: _Collector) -> tuple[Source, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        found.error(file, file.line("sources"), "'sources' should be a list",
                    "write each source as '- name: …' with 'url:' and 'checked:' under it")
        return ()
    out: list[Source] = []
    for index, item in enumerate(value):
        entry = found.mapping(file, item, "source", "sources", index)
        found.unknown_keys(file, entry, SOURCE_KEYS, "sources", index)
        checked = entry.get("checked")
        if checked is not None and not isinstance(checked, date):
            found.error(file, file.line("sources", index, "checked"),
                        f"'checked: {checked}' is not a date", "write it as YYYY-MM-DD")
            checked = None
        out.append(Source(str(entry.get("name", "")), str(entry.get("url", "") or ""), checked,
                          file.line("sources", index)))
    return tuple(out)


def _crisis(file: YamlFile | None, topics: Mapping[str, Topic], found: _Collector,
            lists: WordLists) -> tuple[CrisisGroup, ...]:
    if file is None:
        found.error(CRISIS_FILE, 0, "crisis cues missing: urgent messages would not be noticed",
                    "restore intents/_crisis.yaml from git")
        return ()
    data = found.mapping(file, file.data, "crisis cues")
    groups: list[CrisisGroup] = []
    for group, body in data.items():
        group = str(group)
        if group in (NOT_URGENT, WORD_LISTS):
            continue
        if group not in topics:
            found.error(file, file.line(group), f"crisis group '{group}' is not a topic id",
                        "name each group after the urgent topic it leads to, e.g. urgent_help")
        block = found.mapping(file, body, group, group)
        found.unknown_keys(file, block, CRISIS_KEYS, group)
        also = block.get("also_call", [])
        also_call = tuple(str(n) for n in also) if isinstance(also, list) else ()
        cues_block = found.mapping(file, block.get("cues"), "cues", group, "cues")
        found.unknown_keys(file, cues_block, LANGUAGES, group, "cues")
        cues: list[Cue] = []
        for lang in LANGUAGES:
            items = cues_block.get(lang) or []
            if isinstance(items, list) and not items:
                found.error(file, file.line(group, "cues", lang),
                            f"group '{group}' has no '{lang}' cues: urgent messages in this "
                            "language would not be noticed",
                            f"restore the '{lang}:' cues from git, one per line after '- '")
            cues += cue_list(file, items, lang, found, group, "cues", lists=lists) or []
        shape_block = found.mapping(file, block.get("by_shape", {}), "by_shape", group, "by_shape")
        found.unknown_keys(file, shape_block, LANGUAGES, group, "by_shape")
        shapes: list[Cue] = []
        for lang in LANGUAGES:
            if lang in shape_block:
                shapes += cue_list(file, shape_block[lang] or [], lang, found, group, "by_shape",
                                   lists=lists) or []
        broader: dict[str, str | None] = {}
        for key in ("refines", "instead_of", "for_young_child", "for_a_dare"):
            value = block.get(key)
            if value is not None and str(value) not in topics:
                found.error(file, file.line(group, key), f"'{key}: {value}' is not a topic id",
                            f"name the broader urgent topic, e.g. '{key}: self_harm'")
                value = None
            broader[key] = str(value) if value is not None else None
        reader = block.get("unknown_reader")
        if reader is not None and reader not in ("parent", "adult", "teen"):
            found.error(file, file.line(group, "unknown_reader"),
                        f"'unknown_reader: {reader}' is not a reader",
                        "write parent, adult or teen")
            reader = None
        groups.append(CrisisGroup(group, also_call, tuple(cues), broader["refines"],
                                  broader["instead_of"], broader["for_young_child"],
                                  broader["for_a_dare"],
                                  str(reader) if reader is not None else None,
                                  tuple(shapes)))
    return tuple(groups)


def _word_lists(file: YamlFile | None, found: _Collector) -> WordLists:
    """Named phrase lists per language that crisis cues and cases use as parts ("$abroad")."""
    if file is None or not isinstance(file.data, dict) or file.data.get(WORD_LISTS) is None:
        return {}
    block = found.mapping(file, file.data[WORD_LISTS], WORD_LISTS, WORD_LISTS)
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, body in block.items():
        name = str(name)
        if not re.fullmatch(r"[a-z][a-z_]*", name):
            found.error(file, file.line(WORD_LISTS, name), f"'{name}' is not a list name",
                        "name a list in small letters and '_', like 'soon' or 'abroad'")
            continue
        phrases = _phrases(file, body, f"'{name}' words", found, WORD_LISTS, name)
        lists[name] = {lang: tuple(p.raw for p in phrases if p.lang == lang)
                       for lang in LANGUAGES}
    return lists


def _cases(file: YamlFile, home: str, value: Any, found: _Collector,
           lists: WordLists) -> tuple[Case, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        found.error(file, file.line("cases"), "'cases' should be a list",
                    "start each case with '- id: …' under 'cases:'")
        return ()
    cases: list[Case] = []
    for index, item in enumerate(value):
        data = found.mapping(file, item, "case", "cases", index)
        if not data:
            continue
        found.unknown_keys(file, data, CASE_KEYS, "cases", index)
        case_id = data.get("id")
        if not isinstance(case_id, str) or not case_id.strip():
            found.error(file, file.line("cases", index), "this case has no 'id'",
                        "add 'id:' with a short name, like 'id: pills_taken'")
            continue
        if any(c.id == case_id for c in cases):
            found.error(file, file.line("cases", index, "id"), f"case '{case_id}' twice",
                        "give each case its own id")
            continue
        when = cues_by_language(file, data.get("when"), found, "cases", index, "when",
                                lists=lists)
        if not when:
            found.error(file, file.line("cases", index), f"case '{case_id}' has no 'when' cues",
                        "add 'when:' with the words that tell this situation, per language")
            continue
        texts, lines = _voiced(file, data, f"case {case_id}", found, "cases", index)
        lines.update({key: file.line("cases", index, key) for key in ("related", "also_in")})
        cases.append(Case(case_id, tuple(when), texts["answer"], texts["parent"],
                          texts["teen"], texts["adult"], MappingProxyType(lines), home,
                          _topic_ids(file, data, "also_in", found, "cases", index),
                          _topic_ids(file, data, "related", found, "cases", index)))
    return tuple(cases)


def _voiced(file: YamlFile, data: Mapping[str, Any], label: str, found: _Collector,
            *where: str | int) -> tuple[dict[str, PerLanguage], dict[str, int]]:
    """A case's texts (the shared answer, required; each audience's, optional) and the line
    of each text per language."""
    texts = {key: found.per_language(file, data.get(key), f"{label}: {key}", *where, key,
                                     required=key == "answer")
             if key == "answer" or data.get(key) is not None else EMPTY
             for key in ("answer", *AUDIENCE_KEYS)}
    lines = {f"{key}.{lang}": file.line(*where, key, lang)
             for key in texts for lang in LANGUAGES}
    return texts, lines


def _not_now(file: YamlFile, home: str, value: Any, urgent: bool,
             found: _Collector) -> Case | None:
    """The text of an urgent topic for a message that tells the past (a stalker who stopped
    writing months ago): no alarm, steps that fit."""
    if value is None:
        return None
    data = found.mapping(file, value, NOT_NOW, NOT_NOW)
    if not data:
        return None
    if not urgent:
        found.error(file, file.line(NOT_NOW), f"'{NOT_NOW}' in a topic that is not urgent",
                    f"remove '{NOT_NOW}:' (the answer itself is already calm)")
        return None
    found.unknown_keys(file, data, NOT_NOW_KEYS, NOT_NOW)
    texts, lines = _voiced(file, data, NOT_NOW, found, NOT_NOW)
    lines["related"] = file.line(NOT_NOW, "related")
    return Case(NOT_NOW, (), texts["answer"], texts["parent"], texts["teen"], texts["adult"],
                MappingProxyType(lines), home,
                related=_topic_ids(file, data, "related", found, NOT_NOW))


def _topic_ids(file: YamlFile, data: Mapping[str, Any], key: str, found: _Collector,
               *where: str | int) -> tuple[str, ...]:
    """An optional list of topic ids under `key`; whether they exist is checked later."""
    value = data.get(key) or []
    if not isinstance(value, list):
        found.error(file, file.line(*where, key), f"'{key}' should be a list of topic ids",
                    "write it as [stalking, report_police]")
        return ()
    return tuple(str(t) for t in value)


def _phrases(file: YamlFile, value: Any, what: str, found: _Collector,
             *where: str) -> list[Cue]:
    """Plain phrases per language, as in _audience.yaml and the not_urgent block."""
    per_lang = found.mapping(file, value or {}, what, *where)
    found.unknown_keys(file, per_lang, LANGUAGES, *where)
    phrases: list[Cue] = []
    for lang in LANGUAGES:
        items = per_lang.get(lang) or []
        if not isinstance(items, list):
            found.error(file, file.line(*where, lang), f"'{lang}' {what} are not a list",
                        "write one phrase per line after '- '")
            continue
        for index, item in enumerate(items):
            line = file.line(*where, lang, index)
            if item is None:
                found.error(file, line, f"an empty item in {what}",
                            "write a phrase after '- '; a comment goes on its own line, "
                            "starting with '#', not after '- '")
                continue
            if isinstance(item, list | dict) or not tokens(str(item)):
                found.error(file, line, f"'{item}' is not a plain phrase",
                            f"{what} are plain words, one phrase per line, no [brackets]")
                continue
            warn_if_misfiled(file, line, str(item), lang, found)
            phrases.append(Cue(((str(item),),), lang, str(item), line))
    return phrases


def _audience(file: YamlFile | None, found: _Collector) -> dict[str, tuple[Cue, ...]]:
    if file is None:
        return {}
    data = found.mapping(file, file.data, "audience phrases")
    found.unknown_keys(file, data, (*AUDIENCE_KEYS, ADDRESSING, RELATIVES, FAMILY,
                                    FAMILY_WORDING))
    out = {role: tuple(_phrases(file, data.get(role), f"{role} phrases", found, role))
           for role in (*AUDIENCE_KEYS, RELATIVES, FAMILY)}
    # How a text speaks to each reader, for `check`: "addressing.parent" is read as parent_voice.
    voices = found.mapping(file, data.get(ADDRESSING) or {}, ADDRESSING, ADDRESSING)
    found.unknown_keys(file, voices, AUDIENCE_KEYS, ADDRESSING)
    for role in AUDIENCE_KEYS:
        out[f"{role}_voice"] = tuple(_phrases(file, voices.get(role), f"{role} addressing",
                                              found, ADDRESSING, role))
    return out


def _family_wording(file: YamlFile | None,
                    found: _Collector) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per language, the words of a parent's text a grandparent, aunt or uncle reads changed
    ("con → cháu"), and the phrases kept as written ("con số")."""
    if file is None or not isinstance(file.data, dict):
        return {}
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for cue in _phrases(file, file.data.get(FAMILY_WORDING), "family wording lines", found,
                        FAMILY_WORDING):
        said, _, read = (part.strip() for part in cue.raw.partition(REWORD))
        if cue.raw.count(REWORD) > 1 or (REWORD in cue.raw and not (said and read)):
            found.error(file, cue.line, f"'{cue.raw}' is not a change of words",
                        f"write 'con {REWORD} cháu' (the parent's words {REWORD} the family's), "
                        "or a phrase alone to keep it as written")
            continue
        out[cue.lang] = (*out.get(cue.lang, ()), (said, read or said))
    return out


def _cries(file: YamlFile | None, found: _Collector) -> dict[str, tuple[Cue, ...]]:
    if file is None:
        found.error(CRIES_FILE, 0, "cries for help missing: 'help' alone would get a guess",
                    f"restore {CRIES_FILE} from git")
        return {}
    data = found.mapping(file, file.data, "cries for help")
    found.unknown_keys(file, data, CRIES_KEYS + DISTRESS_KEYS)
    return {key: tuple(_phrases(file, data.get(key), key, found, key)) for key in CRIES_KEYS}


def _places(file: YamlFile | None, found: _Collector) -> dict[str, tuple[Cue, ...]]:
    """No file means no place is read: every reply keeps its language's numbers."""
    if file is None:
        return {}
    data = found.mapping(file, file.data, "places")
    found.unknown_keys(file, data, PLACES)
    return {key: tuple(_phrases(file, data.get(key), f"{key} places", found, key))
            for key in PLACES}


def _distress(file: YamlFile | None, scam: ScamSigns, found: _Collector) -> Distress:
    if file is None or not isinstance(file.data, dict):
        return Distress()
    marks: list[str] = []
    for index, mark in enumerate(_plain_list(file, "distress_marks", found)):
        if any(ch.isalnum() for ch in mark) or not mark.strip():
            found.error(file, file.line("distress_marks", index), f"'{mark}' is not a mark",
                        "write one emoji or symbol per line, no letters or digits: "
                        "words of fear go under 'distress'")
        else:
            marks.append(mark.strip())
    signs: set[str] = set()
    for index, sign in enumerate(_plain_list(file, "distress_signs", found)):
        if sign not in scam.signs:
            found.error(file, file.line("distress_signs", index), f"unknown red flag '{sign}'",
                        f"use an id from {SIGNS_FILE}: {', '.join(sorted(scam.signs))}")
        else:
            signs.add(sign)
    return Distress(tuple(marks), frozenset(signs))


def _plain_list(file: YamlFile, key: str, found: _Collector) -> list[str]:
    value = file.data.get(key) or []
    if not isinstance(value, list) or any(isinstance(v, list | dict) for v in value):
        found.error(file, file.line(key), f"'{key}' is not a list of plain items",
                    "write one item per line after '- '")
        return []
    return [str(v) for v in value]


def _not_urgent(file: YamlFile | None, found: _Collector, lists: WordLists) -> NotUrgent:
    farewells = tuple(Cue(((phrase,),), lang, phrase, 0)
                      for lang, phrases in lists.get(FAREWELL_LIST, {}).items()
                      for phrase in phrases)
    if file is None or not isinstance(file.data, dict) or NOT_URGENT not in file.data:
        return NotUrgent(farewells=farewells)
    block = found.mapping(file, file.data[NOT_URGENT], NOT_URGENT, NOT_URGENT)
    found.unknown_keys(file, block, NOT_URGENT_KEYS, NOT_URGENT)
    kinds = {kind: _phrases(file, block.get(kind), kind, found, NOT_URGENT, kind)
             for kind in NOT_URGENT_KEYS}
    return NotUrgent(tuple(kinds["frames"]), tuple(kinds["exaggerations"]), tuple(kinds["now"]),
                     tuple(kinds["oneself"]), tuple(kinds["someone_else"]),
                     tuple(kinds["first_person"]), tuple(kinds["own_child"]),
                     tuple(kinds["reporting"]), tuple(kinds["object_marks"]),
                     tuple(kinds["moved_by"]), tuple(kinds["witness"]),
                     tuple(kinds["real_words"]), tuple(kinds["young_child"]),
                     tuple(kinds["third_person"]), tuple(kinds["advisories"]),
                     tuple(kinds["posing"]), tuple(kinds["disclaimers"]), tuple(kinds["dares"]),
                     tuple(kinds["given_to"]), tuple(kinds["long_ago"]),
                     tuple(kinds["happening_now"]), tuple(kinds["not_yet"]),
                     tuple(kinds["mine"]), tuple(kinds["tasks"]), tuple(kinds["supposing"]),
                     farewells, tuple(kinds["shaken"]), tuple(kinds["feared"]),
                     tuple(kinds["preparing"]), tuple(kinds["titles"]),
                     tuple(kinds["news"]), tuple(kinds["troubles"]),
                     tuple(kinds["pictures"]), tuple(kinds["revealed"]),
                     tuple(kinds["laughter"]))
