"""`check` rules on what people read: the same numbers in every language, Vietnam-only services
named as such for Indonesians, 111 everywhere, plain text of a size Telegram sends in one
message, sources a reader can follow, and crisis cues spelt as the examples they must catch.

Each rule reports the file and line of the text, what is wrong and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from bot import LANGUAGES
from bot.content import Content, Example, Problem
from bot.content.loader import CRISIS_FILE, UI_FILE
from bot.normalize import clean, fold_diacritics

HOTLINE = "111"
MAX_ANSWER_CHARS = 1500
MAX_TEXT_CHARS = 4096
# What Telegram accepts for the bot's description and short description (the share card).
TELEGRAM_LIMITS = {"bot_description": 512, "bot_short_description": 120}
# Numbers only Indonesia has: police, ambulance, general emergency, SAPA, and SAPA's WhatsApp.
INDONESIA_ONLY = frozenset({"110", "112", "119", "129", "08111129129"})
HOTLINES = frozenset({"111", "113", "114", "115", *INDONESIA_ONLY})
VIETNAM_ONLY = ("111", "113", "114", "115", "ntrust", "tinnhiemmang", "vneid", "chongluadao")

# Button labels and command descriptions: a few words, the text they lead to says where.
LABELS = ("button_", "command_", "role_", "back")
_SHORT_NUMBER = re.compile(r"(?<![\d/.,:])(1\d\d)(?![\d/%])")
_LONG_NUMBER = re.compile(r"(?<!\d)(?:\+?\d[\d .-]{6,}\d)(?!\d)")
_QUOTED = re.compile(r'"[^"\n]{0,400}"|“[^”\n]{0,400}”|«[^»\n]{0,400}»')
_MARKUP = re.compile(
    r"\*\*[^*\n]+\*\*|__[^_\n]+__|(?<!\w)_[^_\s][^_\n]*_(?!\w)|`[^`\n]+`|"
    r"\[[^\]\n]+\]\([^)\n]+\)|</?(?:b|i|u|s|a|br|p|em|strong|code|pre|span|div)\b[^>\n]{0,200}>|"
    r"^\s{0,3}#{1,6}\s", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Text:
    """One text a person reads, with where it stands."""

    path: str
    line: int
    label: str
    lang: str
    body: str
    limit: int = MAX_TEXT_CHARS
    # The file line of each body line, when they are list items (a quiz's options).
    rows: tuple[int, ...] = ()

    def line_of(self, offset: int) -> int:
        """The file line of the body's `offset`-th line (block texts start below their key)."""
        if self.rows:
            return self.rows[min(offset, len(self.rows) - 1)]
        block = "\n" in self.body.strip()
        return self.line + (offset + 1 if block else 0)


def check_texts(content: Content) -> list[Problem]:
    out: list[Problem] = []
    for group in _groups(content):
        out += _same_numbers(group)
        for text in group.values():
            out += _markup(text) + _size(text)
            if text.lang == "id" and not text.label.startswith("label/"):
                out += _vietnam_named(text) + _indonesia_first(text)
    out += _hotline(content)
    out += _sources(content)
    out += _cue_spelling(content)
    out += _voice(content)
    return out


def _voice(content: Content) -> list[Problem]:
    """A text written for parents must not speak to a teen, and the other way round: the
    phrases of each voice are in intents/_audience.yaml under `addressing:`."""
    other = {"parent": "teen", "teen": "parent", "adult": "teen"}
    voices: dict[str, dict[str, list[str]]] = {role: {} for role in other}
    for role in other:
        for cue in content.audience_cues.get(f"{role}_voice", ()):
            voices[role].setdefault(cue.lang, []).append(f" {_fold(cue.raw)} ")
    out = []
    for group in _groups(content):
        for text in group.values():
            # "parent/vi", "case told_adult/teen/id", "urgent_banner_parent/vi": the key
            # before the language names the reader, not a case's own id
            key = text.label.rsplit("/", 1)[0].rsplit("/", 1)[-1].split()[-1]
            role = next((r for r in other if key == r or key.endswith(f"_{r}")), None)
            if role is None:
                continue
            padded = f" {_fold(_QUOTED.sub(' ', text.body))} "  # words to say to the child
            wrong = [p.strip() for p in voices[other[role]].get(text.lang, ()) if p in padded]
            if wrong:
                out.append(Problem(text.path, text.line, f"the {role} text ({text.label}) "
                                   f"speaks to a {other[role]}: '{wrong[0]}'",
                                   f"write it to {_a(role)}, or move it to the {other[role]} text",
                                   "warning"))
    return out


def _a(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(clean(text)).split())


def _groups(content: Content) -> Iterator[Mapping[str, Text]]:
    """The texts of one thing in its three languages: an answer variant, a quiz text, a tip."""
    for topic in content.topics.values():
        path = f"answers/{topic.id}.yaml"
        for variant in topic.variants():
            yield {lang: Text(path, variant.lines[lang], f"{variant.label}/{lang}", lang,
                              text, MAX_ANSWER_CHARS) for lang, text in variant.texts.items()}
    for item in content.scenarios:
        for key, texts in (("question", item.question), ("explanation", item.explanation)):
            yield {lang: Text(item.file, item.lines.get(f"{key}.{lang}", 0),
                              f"{item.id} {key}/{lang}", lang, text)
                   for lang, text in texts.items()}
        yield {lang: Text(item.file, item.lines.get(f"options.{lang}", 0),
                          f"{item.id} options/{lang}", lang, "\n".join(options),
                          rows=tuple(item.lines.get(f"options.{lang}.{at}", 0)
                                     for at in range(len(options))))
               for lang, options in item.options.items()}
    for tip in content.tips:
        yield {lang: Text(tip.file, tip.lines.get(f"text.{lang}", 0), f"{tip.id} text/{lang}",
                          lang, text) for lang, text in tip.text.items()}
    for key, texts in content.ui.strings.items():
        label = "label" if key.startswith(LABELS) else "strings"
        limit = TELEGRAM_LIMITS.get(key, MAX_TEXT_CHARS)
        yield {lang: Text(UI_FILE, content.ui.lines.get(f"strings.{key}.{lang}", 0),
                          f"{label}/{key}/{lang}", lang, text, limit)
               for lang, text in texts.items()}


def numbers_in(text: str) -> frozenset[str]:
    """Hotline and phone numbers a text gives ("111", "08111-129-129" → "08111129129")."""
    found = {n for n in _SHORT_NUMBER.findall(text) if n in HOTLINES}
    found |= {digits for n in _LONG_NUMBER.findall(text)
              if len(digits := re.sub(r"\D", "", n)) >= 8}
    return frozenset(found)


def _same_numbers(group: Mapping[str, Text]) -> list[Problem]:
    """vi and en give the same numbers; id gives those too and may add Indonesia's own."""
    if "vi" not in group:
        return []
    expected = numbers_in(group["vi"].body)
    out = []
    for lang in LANGUAGES[1:]:
        text = group.get(lang)
        if text is None:
            continue
        given = numbers_in(text.body)
        extra_ok = INDONESIA_ONLY if lang == "id" else frozenset()
        missing, extra = expected - given, given - expected - extra_ok
        if missing or extra:
            what = "; ".join(part for part in (
                f"lacks {', '.join(sorted(missing))}" if missing else "",
                f"adds {', '.join(sorted(extra))}" if extra else "") if part)
            out.append(Problem(text.path, text.line,
                               f"'{text.label}' {what} compared with the Vietnamese text",
                               "give the same phone numbers in vi, en and id (Indonesian may "
                               "add Indonesia's 110, 112, 119, SAPA 129)"))
    return out


def _vietnam_named(text: Text) -> list[Problem]:
    out = []
    for offset, line in enumerate(text.body.strip().splitlines()):
        folded = fold_diacritics(line.casefold())
        named = [name for name in VIETNAM_ONLY
                 if (name in numbers_in(line) if name.isdigit() else name in folded)]
        if named and "vietnam" not in folded:
            out.append(Problem(text.path, text.line_of(offset),
                               f"'{text.label}' names {', '.join(named)} without saying it is "
                               "in Vietnam",
                               "add 'di Vietnam' in that sentence, and Indonesia's own number "
                               "beside it (110 police, 119 medical, SAPA 129)"))
    return out


def _indonesia_first(text: Text) -> list[Problem]:
    """A family in Surabaya reads its own emergency numbers first; Vietnam's follow on the same
    line (111 stays on the first line of an urgent answer)."""
    out = []
    for offset, line in enumerate(text.body.strip().splitlines()):
        found = [(m.start(), m.group(1)) for m in _SHORT_NUMBER.finditer(line)]
        vietnam = [at for at, number in found if number in VIETNAM_ONLY]
        # 112 is Vietnam's search and rescue line too
        indonesia = [at for at, number in found if number in INDONESIA_ONLY - {"112"}]
        if vietnam and indonesia and vietnam[0] < indonesia[0]:
            out.append(Problem(text.path, text.line_of(offset),
                               f"'{text.label}' gives Vietnam's number before Indonesia's",
                               "put Indonesia's part first on that line ('di Indonesia … ; di "
                               "Vietnam …'): an Indonesian reader looks for their own number",
                               "warning"))
    return out


def _markup(text: Text) -> list[Problem]:
    found = _MARKUP.search(text.body)
    if found is None:
        return []
    offset = text.body.strip().count("\n", 0, max(found.start() - _lead(text.body), 0))
    return [Problem(text.path, text.line_of(offset),
                    f"'{text.label}' has formatting '{found.group(0).strip()[:30]}' that "
                    "Telegram shows as plain characters",
                    "write plain text: no **, _, #, `, [link](…) or <tags>")]


def _lead(body: str) -> int:
    return len(body) - len(body.lstrip())


def _size(text: Text) -> list[Problem]:
    size = len(text.body)
    if size <= text.limit:
        return []
    return [Problem(text.path, text.line, f"'{text.label}' has {size} characters",
                    f"shorten it to under {text.limit} so it fits one message on a phone")]


def _hotline(content: Content) -> list[Problem]:
    out = []
    for topic in content.topics.values():
        path = f"answers/{topic.id}.yaml"
        for variant in topic.variants():
            for lang, text in variant.texts.items():
                first = text.strip().splitlines()[0] if text.strip() else ""
                line, label = variant.lines[lang], variant.label
                if topic.urgent and not variant.calm and HOTLINE not in first:
                    out.append(Problem(path, line, f"urgent answer '{label}/{lang}' does "
                                       "not open with 111", "make its first line the call to 111"))
                elif HOTLINE not in text:
                    out.append(Problem(path, line, f"'{label}/{lang}' never mentions 111",
                                       "end it with where to get human help (111)"))
    return out


def _sources(content: Content) -> list[Problem]:
    out = []
    for topic in content.topics.values():
        for source in topic.sources:
            if not source.url.startswith("https://") or "." not in source.url[8:].split("/")[0]:
                out.append(Problem(f"answers/{topic.id}.yaml", source.line,
                                   f"source '{source.name[:50]}' has no https address",
                                   "give the full https:// address of the page, from "
                                   "../shared/facts.md, so a reader can follow it"))
    return out


def _cue_spelling(content: Content) -> list[Problem]:
    """A cue phrase that the examples of its topic write with the same letters but other marks
    is a typo ("tự tủ" for "tự tử"): it would never match a message typed with the right
    marks, and the examples it is meant to catch no longer fire it."""
    written = {topic.id: _Written.of(topic.examples) for topic in content.topics.values()}
    out = []
    for group in content.crisis:
        examples = written.get(group.topic, _Written.of(()))
        for cue in group.cues:
            for phrase in {p for alternatives in cue.raw_groups for p in alternatives}:
                typed = clean(phrase).split()
                if len(typed) < 2 or all(w == fold_diacritics(w) for w in typed):
                    continue  # one word alone is too often another word with other marks
                seen = examples.spellings(typed)
                if seen and typed not in seen:
                    right = " ".join(seen[0])
                    out.append(Problem(CRISIS_FILE, cue.line,
                                       f"cue '{phrase}' is written '{right}' in the examples "
                                       f"of {group.topic}, so it never matches them",
                                       f"check its diacritics: did you mean '{right}'?"))
    return out


@dataclass(frozen=True)
class _Written:
    """A topic's examples as words, folded once and indexed by their folded first word: a
    moderator's /reload runs this check, and folding every window of every example for each
    cue took seconds."""

    starts: dict[str, list[tuple[list[str], list[str], int]]]

    @classmethod
    def of(cls, examples: Iterable[Example]) -> _Written:
        starts: dict[str, list[tuple[list[str], list[str], int]]] = {}
        for example in examples:
            words = clean(example.text).split()
            folded = [fold_diacritics(w) for w in words]
            for at, word in enumerate(folded):
                starts.setdefault(word, []).append((words, folded, at))
        return cls(starts)

    def spellings(self, typed: list[str]) -> list[list[str]]:
        """How the examples write the cue's letters, where they agree with it on marks or
        where either side wrote none."""
        folded = [fold_diacritics(w) for w in typed]
        size = len(typed)
        found = []
        for words, folded_words, start in self.starts.get(folded[0], ()):
            if folded_words[start:start + size] != folded:
                continue
            run = words[start:start + size]
            if run == folded_words[start:start + size]:
                continue
            agrees = all(a == b or a == fold_diacritics(a) for a, b in zip(run, typed,
                                                                            strict=True))
            found.append(typed if agrees else run)
        return found
