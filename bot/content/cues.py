"""The cue syntax shared by crisis cues and scam signs: a phrase, or [parts] all in one sentence
where a part may list alternatives. One parser, so `check` says the same thing about both."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot import LANGUAGES, MARKED_LANGUAGES
from bot.content.model import Cue
from bot.content.yamlfile import YamlFile
from bot.normalize import has_vietnamese_marks, tokens

if TYPE_CHECKING:
    from bot.content.loader import _Collector

# Scam-sign cues only: a word with a digit, a code (three digits or more), any one word.
NUMBER, CODE, ANY = "#", "##", "*"
WILDCARDS = frozenset({NUMBER, CODE, ANY})
LIST_MARK = "$"  # "$abroad": the words of that list, in the cue's language
WordLists = Mapping[str, Mapping[str, tuple[str, ...]]]  # name → language → phrases


def cue_list(file: YamlFile, items: Any, lang: str, found: _Collector, *where: str | int,
             wildcards: bool = False,
             lists: WordLists | None = None
             ) -> list[Cue] | None:
    """The cues of one language; None when the block is not a list at all. With `wildcards`,
    a word may be # (any word with a digit) or * (any word), but never the whole cue. With
    `lists`, a part may name a word list ("$abroad"): one list of places, times or lures,
    kept in one place, serves every cue that needs it, so a place added there reaches every
    departure a moderator wrote."""
    if not isinstance(items, list):
        found.error(file, file.line(*where, lang), f"'{lang}' cues are not a list",
                    "write one cue per line after '- '")
        return None
    cues: list[Cue] = []
    first_seen: dict[str, int] = {}
    for index, item in enumerate(items):
        line = file.line(*where, lang, index)
        said = cue_text(item)
        if said in first_seen:
            found.warn(file, line, f"'{said[:60]}' is already on line {first_seen[said]}",
                       "remove one of the two")
            continue
        first_seen[said] = line
        warn_if_misfiled(file, line, said, lang, found)
        if isinstance(item, str) and item.lstrip().startswith("["):
            found.error(file, line, f"'{item[:40]}…' is in quotes, so it is read as words, "
                        "not as a list of parts", "remove the quotes around the [ ] list")
            continue
        parts = item if isinstance(item, list) else [item]
        if any(part is None or (isinstance(part, list) and None in part) for part in parts):
            found.error(file, line, "empty cue or part", "write words after '- ' and between "
                        "commas; a comment goes on its own line, starting with '#', not after '- '")
            continue
        words = tuple(tuple(str(alt) for alt in (part if isinstance(part, list) else [part]))
                      for part in parts)
        named = next((w for g in words for w in g if w.startswith(LIST_MARK)), None)
        if named is not None:
            if lists is None:
                found.error(file, line, f"'{named}': word lists are read in crisis cues "
                            "and answer cases only", "write the words themselves")
                continue
            unknown = next((w for g in words for w in g
                            if w.startswith(LIST_MARK) and w[1:] not in lists), None)
            if unknown is not None:
                known = ", ".join(LIST_MARK + name for name in sorted(lists)) or "none yet"
                found.error(file, line, f"'{unknown}' is not a word list (known: {known})",
                            "fix its spelling, or add the list under 'word_lists:' at the end "
                            "of intents/_crisis.yaml")
                continue
            empty = next((w for g in words for w in g
                          if w.startswith(LIST_MARK) and not lists[w[1:]].get(lang)), None)
            if empty is not None:
                found.error(file, line, f"word list '{empty}' has no '{lang}' words",
                            f"add them under 'word_lists: {empty[1:]}: {lang}:'")
                continue
            words = tuple(tuple(dict.fromkeys(
                phrase for alt in group
                for phrase in (lists[alt[1:]][lang] if alt.startswith(LIST_MARK) else (alt,))))
                for group in words)
        if not words or not all(words) or not all(tokens(w) for g in words for w in g):
            found.error(file, line, "empty cue",
                        "write words after '- ', or a list like [threat, [photo, video]]")
            continue
        loose = [w for g in words for w in g if set(w.split()) & {NUMBER, ANY}]
        if loose and not wildcards:
            found.error(file, line, f"'{loose[0]}': # and * are not allowed here",
                        "write the words themselves")
            continue
        glued = [w for g in words for w in g
                 if any((NUMBER in c or ANY in c) and c not in WILDCARDS for c in w.split())]
        if glued:
            found.error(file, line, f"'{glued[0]}': # and * must stand alone",
                        "put a space around them ('# triệu'); '#k' would match the word 'k'")
            continue
        # "send $" reads as "send": a symbol is not a word, so the cue fires on far more
        # than it says. Alone beside one word that is an error; in a longer phrase a warning.
        shrunk = [w for g in words for w in g
                  if any(c not in WILDCARDS and not tokens(c) for c in w.split())]
        if shrunk:
            alone = any(len(w.split()) <= 2 and len(tokens(w)) <= 1 for w in shrunk)
            report = found.error if alone else found.warn
            report(file, line, f"'{shrunk[0]}' reads as '{' '.join(tokens(shrunk[0]))}': "
                   "symbols are not words", "write the word the symbol stands for "
                   "('dollars', 'phần trăm'), or remove it")
            if alone:
                continue
        cues.append(Cue(words, lang, said, line))
    return cues


def cues_by_language(file: YamlFile, value: Any, found: _Collector, *where: str | int,
                     wildcards: bool = False,
                     lists: WordLists | None = None
                     ) -> list[Cue]:
    """A block of cues per language ("vi:", "en:", "id:") under `where`."""
    per_lang = found.mapping(file, value or {}, where[-1], *where)
    found.unknown_keys(file, per_lang, LANGUAGES, *where)
    return [cue for lang in LANGUAGES
            for cue in cue_list(file, per_lang.get(lang) or [], lang, found, *where,
                                wildcards=wildcards, lists=lists) or []]


def cue_text(item: object) -> str:
    if isinstance(item, list):
        return " + ".join(cue_text(part) if not isinstance(part, list)
                          else "(" + " | ".join(map(str, part)) + ")" for part in item)
    return str(item)


def warn_if_misfiled(file: YamlFile, line: int, said: str, lang: str, found: _Collector) -> None:
    """A phrase with Vietnamese marks under en: or id: never takes a word a message wrote with
    marks (the crisis reading holds another language's phrase to plain words)."""
    if lang not in MARKED_LANGUAGES and has_vietnamese_marks(said):
        found.warn(file, line, f"'{said[:60]}' is written with Vietnamese marks but listed under "
                   f"'{lang}:'", "move it under 'vi:', with the other Vietnamese phrases")
