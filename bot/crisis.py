"""Is this message about danger now? Separate from topic matching, and run on every message.

Cues come from intents/_crisis.yaml. Matching is on whole words, so a moderator can predict what
fires. Messages typed without diacritics are compared folded ("tu tu" may be "tự tử": safety
first); a word the user typed WITH diacritics must agree with the cue's, so "từ từ" (slowly) or
"tư vấn" (advice) never fire "tự tử" or "tự vẫn". Shorthand is expanded on both sides, so
"ko muon song" meets "không muốn sống".

People in trouble do not type carefully, so a message is read as they write it:
- sentence by sentence: a cue whose parts are spread over a long story must have them in one
  sentence, and a danger said in the last sentence is found whatever came before;
- clause by clause: a past, hypothetical or negated frame ("năm ngoái", "what if", "not in
  danger") cancels the cues of its own clause only, and "but" starts a new clause;
- with typos forgiven: an unknown word one edit from a cue word (two for long words), or equal
  to it but for doubled letters ("kil myslef"), counts as that word. Invisible and look-alike
  characters were already removed by normalisation.
When in doubt, urgent wins: frames and exaggerations are explicit phrases, never single words.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import MARKED_LANGUAGES
from bot.content import Content, Cue
from bot.normalize import (
    MAX_INPUT_CHARS,
    Shorthand,
    clean,
    fold_diacritics,
    quoted_pattern,
    sentences,
    squeeze_runs,
    tokens,
    without_quotes,
)

Word = tuple[str, str]  # (folded, as typed)

_QUOTED = re.compile(quoted_pattern(1))
# A child's words to a parent ("mẹ ơi", "mom"): a speaker who says one is the reader's child.
_TO_A_PARENT = re.compile(r"\b(?:m[eẹ] [oơ]i|b[oố] [oơ]i|ba [oơ]i|m[aá] [oơ]i|mom|mum|mommy|mummy|"
                          r"dad|daddy|mama|papa|ibu|ayah|bunda)\b", re.IGNORECASE)
# A speaker's label in a pasted chat ("nó: t uống hết lọ thuốc r", "Dia: aku udah di rel"): one
# to three words opening the message or a sentence, then a colon.
_SPEAKER = re.compile(r"(?:^|(?<=[.!?\n])) ?([^\W\d_]{1,20}(?: [^\W\d_]{1,20}){0,2}) ?:(?= )")

# Also a single quote that opens or closes a quotation ("story 'hẹn kiếp sau'"), not the
# apostrophe inside a word ("don't").
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”«»—–]+|(?<![^\W_])['‘’]+|['‘’]+(?![^\W_])")
# A name for something quoted inside a clause ("bị dụ "việc nhẹ lương cao" sang Campuchia",
# "nhiều vụ "bắt cóc online", nên…"): up to four words in quotes after a word, followed
# by a word or by the clause's end, in double or single quotes ("cho 'thầy' đầu tư"). Not a
# clause of its own.
_NAMED_IN_PASSING = re.compile(
    r"(?<=[^\W\d_] )[\"“«'‘]([^\W\d_]+(?: [^\W\d_]+){0,3})[\"”»'’](?= [^\W\d_]|[,;.?!]|$)")
# "Recruiter's picking her up tonight": a noun's "'s" before a word in -ing is "is" (not after
# a pronoun: cues are written "shes", "hes" as people type them, and "everyone's doing it" is
# not the child doing it).
_NOUN_IS = re.compile(r"\b(?!(?:he|she|it|that|there|what|who|where|here|let|everyone|everybody"
                      r"|someone|somebody|nobody|one)['’]s\b)"
                      r"([^\W\d_]+)['’]s (?=[^\W\d_]+ing\b)", re.IGNORECASE)
_CONTRAST = frozenset({"but", "nhung", "nhg", "tapi", "tp", "tpi", "tetapi", "namun", "however",
                       "though", "although", "meskipun", "walaupun"})
_BREAK: Word = ("|", "|")
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Faces that laugh until they cry: no language's word, so not in the content's laughter lists.
_LAUGHING_FACES = ("\U0001F602", "\U0001F923")
_MAX_SENTENCES = 64
_MAX_CORRECTIONS = 48
# A sentence of at least this many words, this share of them typed with marks, was typed with
# care: its plain words are plain (see _typed_with_marks).
_CAREFUL_WORDS = 4
_CAREFUL_SHARE = 0.6
_SURELY_PLAIN = "\x00"
_MAX_PAIRS = 24
# Chat bubbles: pieces cut at a line break or a typed " / ", each of a few words.
_BUBBLE_BREAK = re.compile(r"\n| / ")
_BUBBLE_SCAN = 4000
_BUBBLE_WORDS = 15
# Words up to which a message asking a task ("dịch giúp mình đoạn này") is only that.
MAX_TASK_WORDS = 12
_LONGEST_LONE_FRAME = 5
_SAID_WITHIN = 4  # words after a name where "texted", "posted" make them the speaker
_LOOK_BACK = 5  # clauses before a danger clause where the person at risk may be named
_REMEMBERED = 256
_SUFFIXES = ("nya", "kan", "an", "lah", "in", "s", "es", "ed", "ing", "ly")
_PREFIXES = ("di", "ter", "ber", "me", "mem", "men", "meng", "ke", "se", "un", "re")
@dataclass(frozen=True)
class CrisisHit:
    topic: str
    also_call: tuple[str, ...]
    cue: str
    lang: str = ""
    # The words of the cue found, as typed: the evidence of a red flag that borrows the cues
    # of this danger (`from_crisis`); read only for those dangers.
    words: str = ""
    # Every language whose cues of this danger fire: a word shared by several ("sextortion")
    # says nothing about which one the message is in.
    langs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """What the crisis reading found: the cue (if any), whether a frame or an exaggeration took
    danger words out of the message, and the sentences with no cue, where an ordinary request
    beside the danger would be."""

    hit: CrisisHit | None
    calmed: bool
    calm_sentences: tuple[str, ...]
    refined: str | None = None
    # The danger a frame set aside ("sextortion là gì?"), in a message left calm: not now, but
    # still what it is about.
    framed: str | None = None
    # The writer says it is over, only asked, or how to prepare a child ("may là không sao",
    # "general question", "nên dặn cháu những gì"), with nothing told as within hours.
    settled: bool = False


@dataclass(frozen=True)
class _Phrase:
    words: tuple[Word, ...]
    padded: str
    # From a language written without marks: it takes only words typed plainly (Indonesian
    # "doi", a crush, is not Vietnamese "đợi").
    plain: bool = False

    def found_in(self, padded: str, words: tuple[Word, ...]) -> bool:
        return self.padded in padded and self.start_in(words) is not None

    def start_in(self, words: tuple[Word, ...]) -> int | None:
        """Where the phrase first stands in the words."""
        return next((start for start in range(len(words) - len(self.words) + 1)
                     if self.at(words, start)), None)

    def at(self, words: tuple[Word, ...], start: int) -> bool:
        """The phrase stands at `start`, diacritics agreeing."""
        return start + len(self.words) <= len(words) and all(
            _agrees(said, cue) and not (self.plain and _marked(said))
            for said, cue in zip(words[start:start + len(self.words)], self.words, strict=True))


@dataclass(frozen=True)
class _CompiledCue:
    groups: tuple[tuple[_Phrase, ...], ...]
    raw: str
    keys: tuple[frozenset[str], ...] = ()
    lang: str = ""

    def fires(self, present: set[str], padded: str, words: tuple[Word, ...]) -> bool:
        """`present` holds every padded word run of the message: a cheap first test before
        the word-by-word diacritics check."""
        if any(key.isdisjoint(present) for key in self.keys):
            return False
        return all(any(p.padded in present and p.found_in(padded, words) for p in group)
                   for group in self.groups)


@dataclass(frozen=True)
class _CompiledGroup:
    topic: str
    also_call: tuple[str, ...]
    cues: tuple[_CompiledCue, ...]


class CrisisDetector:
    def __init__(self, content: Content) -> None:
        self.shorthand: Mapping[str, Shorthand] = content.shorthand
        # Each expansion as written ("bn" is "bạn", never "bản"): who is named is read with it.
        self.said: Mapping[str, Shorthand] = content.shorthand_said
        self.shown_as_flag = frozenset(topic for sign in content.scam.signs.values()
                                       for topic in sign.from_crisis)
        self.phrases: set[str] = set()
        self.single_words: set[str] = set()
        sizes: dict[tuple[str, str], set[int]] = {}
        self.by_anchor: dict[str, list[tuple[int, int]]] = {}
        groups = []
        self.by_shape: set[tuple[int, int]] = set()
        for group in content.crisis:
            compiled = []
            for at, cue in enumerate((*group.cues, *group.shape_cues)):
                if at >= len(group.cues):
                    self.by_shape.add((len(groups), at))
                parts = self._alternatives(cue)
                keys = tuple(frozenset(p.padded for p in part) for part in parts)
                anchor = min(keys, key=lambda key: (sum(p.count(" ") <= 2 for p in key), len(key)))
                for key in anchor:
                    self.by_anchor.setdefault(key, []).append((len(groups), at))
                compiled.append(_CompiledCue(tuple(parts), cue.raw, keys, cue.lang))
                for part in parts:
                    for phrase in part:
                        self.phrases.add(phrase.padded)
                        if len(phrase.words) == 1:
                            self.single_words.add(phrase.words[0][0])
                        else:
                            sizes.setdefault((phrase.words[0][0], phrase.words[1][0]),
                                             set()).add(len(phrase.words))
            groups.append(_CompiledGroup(group.topic, group.also_call, tuple(compiled)))
        self.groups: tuple[_CompiledGroup, ...] = tuple(groups)
        # Longer phrases by their first two words: most words of a message start none.
        self.sizes = {pair: tuple(sorted(found)) for pair, found in sizes.items()}
        self.starts = frozenset(self.single_words) | frozenset(w for w, _ in sizes)
        self.refines: dict[str, str] = {g.topic: g.refines for g in content.crisis if g.refines}
        instead_of = {g.topic: g.instead_of for g in content.crisis if g.instead_of}
        self.instead_of: dict[str, str] = instead_of
        # Special cases of a broad danger, offered as a button rather than swapped in.
        self.special_cases: frozenset[str] = frozenset(self.refines) | frozenset(instead_of)
        # Dangers with a broader or a narrower case; the others (sextortion) stand alone.
        self.with_cases: frozenset[str] = self.special_cases | frozenset(self.refines.values()) \
            | frozenset(instead_of.values())
        # The danger most others are cases of (a child in danger now): what a danger read by
        # the learned reading is, when the ranking puts no urgent topic close.
        broad = Counter(self.refines.values()).most_common(1)
        self.broadest: str | None = broad[0][0] if broad else None
        self.also_call: dict[str, tuple[str, ...]] = {}
        for group in content.crisis:
            self.also_call.setdefault(group.topic, group.also_call)
        # By the position of a broad group: the groups whose answer may replace its answer.
        self.replacing: dict[int, list[int]] = {}
        for at, group in enumerate(content.crisis):
            for broad_at, broad in enumerate(content.crisis):
                if broad.topic in (instead_of.get(group.topic), self.refines.get(group.topic)):
                    self.replacing.setdefault(broad_at, []).append(at)
        plain = content.not_urgent
        self.frames = self._phrase_set(plain.frames)
        self.advisories = self._phrase_set(plain.advisories)
        self.disclaimers = self._phrase_set(plain.disclaimers)
        self.not_yet = self._phrase_set(plain.not_yet)
        self.mine = self._phrase_set(plain.mine)
        self.tasks = self._phrase_set(plain.tasks)
        self.supposing = self._phrase_set(plain.supposing)
        self.farewells = self._phrase_set(plain.farewells)
        self.exaggerations = self._phrase_set(plain.exaggerations)
        self.now = self._phrase_set(plain.now)
        self.oneself = self._phrase_set(plain.oneself)
        self.someone_else = self._phrase_set(plain.someone_else)
        self.young_child = self._phrase_set(plain.young_child)
        self.unknown_reader: dict[str, str] = {
            g.topic: g.unknown_reader for g in content.crisis if g.unknown_reader}
        self.dares = self._phrase_set(plain.dares)
        # By a group's position: the group whose cues, firing too, say a dare went wrong.
        first_of = {g.topic: at for at, g in reversed(list(enumerate(content.crisis)))}
        self.for_a_dare: dict[int, int] = {
            at: first_of[g.for_a_dare] for at, g in enumerate(content.crisis)
            if g.for_a_dare in first_of}
        self.for_young_child: dict[str, str] = {
            g.topic: g.for_young_child for g in content.crisis if g.for_young_child}
        self.first_person = self._phrase_set(plain.first_person)
        self.own_child = self._phrase_set(plain.own_child)
        self.reporting = self._phrase_set(plain.reporting)
        self.object_marks = self._phrase_set(plain.object_marks)
        self.moved_by = self._phrase_set(plain.moved_by)
        self.witness = self._phrase_set(plain.witness)
        self.third_person = self._phrase_set(plain.third_person)
        self.posing = self._phrase_set(plain.posing)
        self.given_to = self._phrase_set(plain.given_to)
        self.titles = self._phrase_set(plain.titles)
        self.long_ago = self._phrase_set(plain.long_ago)
        self.happening_now = self._phrase_set(plain.happening_now)
        self.shaken = self._phrase_set(plain.shaken)
        self.feared = self._phrase_set(plain.feared)
        self.preparing = self._phrase_set(plain.preparing)
        self.news = self._phrase_set(plain.news)
        self.troubles = self._phrase_set(plain.troubles)
        self.pictures = self._phrase_set(plain.pictures)
        self.revealed = self._phrase_set(plain.revealed)
        self.laughter: tuple[str, ...] = tuple(sorted({
            " ".join(_LETTERS.findall(fold_diacritics(c.raw.lower()))) for c in plain.laughter}))
        # Specials answered instead of a broad danger for another person (a friend's).
        self.for_someone_else: frozenset[int] = frozenset(
            at for at, group in enumerate(content.crisis) if group.instead_of)
        cue_words = {w for key in self.phrases for w in key.split()}
        self.cue_words: dict[str, list[str]] = {}
        for word in sorted(w for w in cue_words if len(w) >= 4):
            self.cue_words.setdefault(word[0], []).append(word)
        self.skeletons: dict[str, str] = {}
        for word in sorted(cue_words):
            if _skeleton(word) != word:
                self.skeletons.setdefault(_skeleton(word), word)
        known = set(cue_words)
        known.update(w for cue in plain.real_words for group in cue.raw_groups
                     for text in group for w, _ in _words(text))
        for phrase_set in (self.frames, self.advisories, self.disclaimers, self.exaggerations,
                           self.now, self.happening_now, self.feared, self.preparing,
                           self.news, self.shaken, self.supposing, self.troubles, self.tasks,
                           self.revealed):
            known.update(w for phrases in phrase_set.by_first.values() for p in phrases
                         for w, _ in p.words)
        for table in self.shorthand.values():
            known.update(table)
        # Words as the content writes them, marks and all: a word typed with its letter marks
        # but no tone ("nươc", "vưa") was typed in a hurry (see `only_spelling`).
        written: set[str] = set()
        for topic in content.topics.values():
            for example in topic.examples:
                known.update(tokens(example.text))
                written.update(_typed_words(example.text))
            # Every text the answer file writes, for every reader and case: a word of it is a
            # word, never a typo to correct into a cue ("thỉnh thoảng" is no friend's name).
            for text in (t for variant in topic.variants() for t in variant.texts.values()):
                known.update(tokens(text))
                written.update(_typed_words(text))
        for group in content.crisis:
            for cue in (*group.cues, *group.shape_cues):
                # The phrases themselves: a cue naming a word list is written "$list" in raw.
                written.update(_typed_words(" ".join(p for g in cue.raw_groups for p in g)))
        for field in fields(plain):
            for cue in getattr(plain, field.name):
                written.update(_typed_words(" ".join(p for g in cue.raw_groups for p in g)))
        self.known: frozenset[str] = frozenset(known)
        # The one way the content writes a folded word, where it writes it one way only:
        # "nươc" can only be "nước"; "sư" could be "sử" or "sự", and stays as typed.
        spellings: dict[str, set[str]] = {}
        for word in written:
            if (folded := fold_diacritics(word)) != word:
                spellings.setdefault(folded, set()).add(word)
        self.only_spelling: dict[str, str] = {
            folded: next(iter(forms)) for folded, forms in spellings.items() if len(forms) == 1}
        # A tone typed on the wrong vowel ("ngừoi", "trứơc") is the word written with it on the
        # right one ("người", "trước"), where only one written word has those letters and tone.
        # So is one with a letter mark lost on the way ("ngừoi" for "người"), never one
        # with a mark too many ("đồn" is not "dồn").
        self.written_toned: frozenset[str] = frozenset(w for w in written if _has_tone(w))
        self.retoned = _only_one(self.written_toned, _tone_apart)
        self.marks_lost = _only_one(self.written_toned,
                                    lambda w: fold_diacritics(w) + _tones(w))
        self._assess_cached = functools.lru_cache(maxsize=_REMEMBERED)(self._assess)


    def _phrase_set(self, cues: tuple[Cue, ...]) -> _PhraseSet:
        """A word list's phrases. One from a language written without marks never matches a
        word the message wrote with them: Indonesian "doi" (a crush) is not Vietnamese "đợi"."""
        return _PhraseSet(p if cue.lang in MARKED_LANGUAGES else replace(p, plain=True)
                          for cue in cues for p in self._alternatives(cue)[0])

    def _alternatives(self, cue: Cue) -> list[tuple[_Phrase, ...]]:
        """Each part of a cue as its phrases, written and with shorthand expanded."""
        table = self.shorthand.get(cue.lang, {})
        parts = []
        for alternatives in cue.raw_groups:
            phrases = {_phrase(words) for text in alternatives
                       for words in (_words(text), _expand(_words(text), table))}
            parts.append(tuple(sorted(phrases, key=lambda p: p.padded)))
        return parts

    def _runs(self, words: tuple[Word, ...]) -> set[str]:
        """The message's word runs that could be a cue: only those starting with a cue's
        first word, of that cue's length."""
        folded = [f for f, _ in words]
        runs = set()
        starts, single, sizes, last = self.starts, self.single_words, self.sizes, len(folded) - 1
        for i, word in enumerate(folded):
            if word not in starts:
                continue
            if word in single:
                runs.add(f" {word} ")
            if i < last:
                for n in sizes.get((word, folded[i + 1]), ()):
                    if i + n <= len(folded):
                        runs.add(f" {' '.join(folded[i:i + n])} ")
        return runs

    def detect(self, text: str) -> CrisisHit | None:
        """The first crisis group, in file order, with a cue in any sentence of the message."""
        return self.assess(text).hit

    def assess(self, text: str) -> Assessment:
        """The message read for danger. The same text is read twice on the Telegram path (the
        urgent-first processor, then the reply), so recent readings are remembered; the
        detector belongs to one immutable snapshot, so they never go stale."""
        return self._assess_cached(text)

    def _assess(self, text: str) -> Assessment:
        corrections: dict[str, str | None] = {}
        calmed = False
        framed: str | None = None
        found: list[tuple[int, int]] = []
        shown: dict[tuple[int, int], list[tuple[Word, ...]]] = {}
        calm: list[str] = []
        read: list[list[tuple[Word, ...]]] = []
        split = [(sentence, [(self._correct(clause, corrections), contrasted)
                             for clause, contrasted in _clauses(sentence)])
                 for sentence in sentences(text, _MAX_SENTENCES, keep_numbers=True)]
        said = [(sentence, self._lone_frames_joined(clauses)) for sentence, clauses in split]
        # "…gimana? Cuma nanya buat jaga-jaga": "just asking" covers the sentences _reach
        # gives ("Buat tugas sekolah, sextortion itu apa? Yg kayak 'kalo gak bayar…'").
        now = [self._says_now(clauses) for _, clauses in said]
        revealed = [not told_now and any(self._holds(self.revealed, c) for c in clauses)
                    for (_, clauses), told_now in zip(said, now, strict=True)]
        if any(revealed) and not self._laughs(text):
            revealed = [False] * len(revealed)
        disclaimed = _reach([(any(self._disclaims(c) for c in clauses)
                              and not self._hedged(marked)) or told_over
                             for (_, clauses), (_, marked), told_over
                             in zip(said, split, revealed, strict=True)],
                            now)
        not_yet = _reach([any(self._holds(self.not_yet, c) for c in clauses)
                          for _, clauses in said], now)
        # "Mai con đi cắm trại, tôi sợ bị bắt cóc quá, nên dặn con những gì?": a fear of what
        # might happen, in a message asking how to prepare the child, is a worry ahead.
        preparing = any(self._holds(self.preparing, c) for _, clauses in said for c in clauses)
        # Each sentence's clauses before its past was set aside, for a danger of now that rests
        # on it (below); not a public warning's or a question asked ahead.
        before: list[list[tuple[Word, ...]]] = []
        in_the_news = False
        for (sentence, clauses), asked_ahead, yet in zip(said, disclaimed, not_yet, strict=True):
            told = clauses
            heard, in_the_news = self._news_told(clauses, in_the_news)
            if asked_ahead or any(any(self.advisories.spans(clause)) for clause in clauses):
                kept = []  # a public warning, or "just asking, nothing has happened to me"
                before.append(kept)
            else:
                # "Nothing has happened yet" calms a danger told of others, not one of the
                # reader's own that is only not carried out yet.
                own = [c for c in clauses if not yet or self._names_reader(c)]
                farewell = any(self._holds(self.farewells, c) for c in clauses)
                kept = own if farewell else [self._calm(clause, preparing) for clause in own]
                news = {id(c) for c in heard}
                if news:
                    kept = [k for k, c in zip(kept, own, strict=True) if id(c) not in news]
                before.append([c for c in clauses if id(c) not in news])
                if len(own) < len(clauses) and self._fire(
                        [c for c in clauses if c not in own]) is None:
                    told = own  # no danger set aside: nothing calmed by it
            calmed = calmed or kept != told
            read.append(kept)
            at = self._fire(kept)
            if framed is None and at is None and kept != told:
                set_aside = self._fire(told)
                framed = self.groups[set_aside[0]].topic if set_aside is not None else None
            if at is None:
                calm.append(sentence)
            else:
                found.append(at)
                shown.setdefault(at, kept)
        if all(at in self.by_shape for at in found):
            # "She went to meet him. Her phone has been off for hours.": the parts of a cue may
            # sit in two sentences that follow each other. A cue read by a story's shape gives
            # way to them: "he recorded our call. Now he wants 5 million, I sent 1 and he wants
            # more" is sextortion told over two sentences, not only money asked again.
            shaped, found = found, []
            pairs = itertools.islice(itertools.pairwise(zip(read, before, strict=True)),
                                     _MAX_PAIRS)
            for (first, past), (second, _) in pairs:
                joined = first + second
                at = self._fire_beside(joined, shaped)
                if at is None and past != first and self._fire(past) is None \
                        and self._says_now(second):
                    # "Tuần trước em gửi ảnh cho nó. Tối nay nó bảo không chuyển tiền thì…":
                    # the past says when the photo was sent; the threat it holds open is in
                    # the next sentence, told as now.
                    joined = past + second
                    at = self._fire_beside(joined, shaped)
                if at is not None:
                    found.append(at)
                    shown.setdefault(at, joined)
            if not found and not shaped:
                # "We paid a deposit. Now they say we owe more. They want it within the
                # hour.": a scam's shape told one part per sentence, three in a row, one
                # of them said as now.
                triples = itertools.islice(zip(read, read[1:], read[2:], strict=False),
                                           _MAX_PAIRS)
                for first, second, third in triples:
                    if not any(map(self._says_now, (first, second, third))):
                        continue
                    joined = first + second + third
                    at = next((at for at in self._firing(joined) if at in self.by_shape), None)
                    if at is not None:
                        found.append(at)
                        shown.setdefault(at, joined)
                        break
            found = found or shaped
        if not found and len(_BUBBLE_BREAK.findall(text[:_BUBBLE_SCAN])) >= 2:
            found = self._across_bubbles(read, shown)
        whole = [c for _, clauses in said for c in clauses]
        if not found and calmed and self._shaken(whole, whole):
            supposed = [clauses if asked_ahead
                        or any(self._holds(self.supposing, c) for c in clauses) else []
                        for (_, clauses), asked_ahead in zip(said, disclaimed, strict=True)]
            found = self._supposed_but_real(read, supposed, shown)
        hit, refined = None, None
        if found:
            group_at, cue_at = self._dared(min(found), read, shown)
            group = self.groups[group_at]
            cue = group.cues[cue_at]
            words = self._evidence((group_at, cue_at), shown[(group_at, cue_at)]) \
                if group.topic in self.shown_as_flag else ""
            langs = tuple(sorted({group.cues[c].lang
                                  for g, c in self._firing(shown[(group_at, cue_at)])
                                  if g == group_at}))
            hit = CrisisHit(group.topic, group.also_call, cue.raw, cue.lang, words, langs)
            refined = self._refined(group_at, read) or self._quoting_another(group_at, text) \
                or self._speaking_another(group_at, text)
        shaken = self._shaken([c for kept in read for c in kept], whole)
        calmed = calmed and not self._told_now(read, before) and not shaken
        settled = hit is None and (any(disclaimed) or preparing) and not shaken \
            and not any(self._holds(self.happening_now, c) for c in whole)
        return Assessment(hit, calmed, tuple(calm), refined,
                          framed if calmed and hit is None else None, settled)

    def _across_bubbles(self, read: list[list[tuple[Word, ...]]],
                        shown: dict[tuple[int, int], list[tuple[Word, ...]]]
                        ) -> list[tuple[int, int]]:
        """A message sent as chat bubbles ("chị ơi / con gái em / nó đang nhắn với thằng kia /
        đòi ảnh") is one sentence typed in pieces: a cue may span three or four short pieces
        in a row. A cue read by a story's shape, built on common words, only when one of the
        pieces says it is now."""
        short = [sum(map(len, clauses)) <= _BUBBLE_WORDS for clauses in read]
        now = [self._says_now(clauses) for clauses in read]
        for size in (3, 4):
            starts = itertools.islice(range(len(read) - size + 1), _MAX_PAIRS)
            for start in starts:
                if not all(short[start:start + size]):
                    continue
                joined = [c for clauses in read[start:start + size] for c in clauses]
                told_now = any(now[start:start + size])
                at = next((at for at in self._firing(joined)
                           if told_now or at not in self.by_shape), None)
                if at is not None:
                    shown.setdefault(at, joined)
                    return [at]
        return []

    def _dared(self, at: tuple[int, int], read: list[list[tuple[Word, ...]]],
               shown: dict[tuple[int, int], list[tuple[Word, ...]]]) -> tuple[int, int]:
        """A dare done for a clip or a trend ("rủ nhau trèo lan can cầu quay clip", "challenge
        minum obat batuk sebotol"): when the group it is read as (`for_a_dare`) fires in the
        same sentences, its danger is the one to answer: a dare gone wrong, not a wish to die."""
        instead = self.for_a_dare.get(at[0])
        if instead is None or not any(any(self.dares.spans(clause))
                                      for clauses in read for clause in clauses):
            return at
        clauses = shown[at]
        dared = next(((g, c) for g, c in self._firing(clauses) if g == instead), None)
        if dared is None:
            return at
        shown.setdefault(dared, clauses)
        return dared

    def names_another(self, text: str) -> bool:
        """A friend, a sibling or a classmate is named somewhere in the message (as typed or
        with shorthand expanded: "bn e" is "bạn em"). Asked only when a friend's answer is in
        question, not for every message."""
        return any(self._names(said) for said in self._said(text))

    def whose_words(self, text: str, lang: str) -> str | None:
        """"own": the writer speaks of their own danger ("em mệt r, thuốc e để sẵn r"): an "I"
        and nobody else (no friend, child or "he": a word of saying is then their own).
        "another": the writer only passes on what someone else said ("she just told me she
        took a bunch of pills"): a word of reporting, a person spoken of, no "I" who might be
        in danger too, and not the writer's own child (whose parent has a voice of their own).
        None when unsure ("he said he wants to die, what do I do")."""
        said = self._said(text, lang)
        # An "I" inside quote marks is the quoted person's, not the writer's.
        unquoted = without_quotes(text)
        own_words = said if unquoted == text else self._said(unquoted, lang)

        def has(kind: _PhraseSet, clauses: list[tuple[Word, ...]]) -> bool:
            return any(any(kind.spans(words)) for words in clauses)
        mine = has(self.first_person, own_words)
        child, reported = has(self.own_child, said), has(self.reporting, said)
        named = has(self.third_person, said) or any(self._names(words) for words in said)
        if mine and not (child or named):
            # "chỉ muốn nói với ai đó một câu": a word of saying with nobody else in the
            # message is the writer's own voice.
            return "own"
        if reported and named and not (mine or child):
            return "another"
        return None

    def _said(self, text: str, lang: str | None = None) -> list[tuple[Word, ...]]:
        """Each clause as typed and with shorthand expanded: the language's own when it is
        known (English "bc" is "because", not "báo cáo"), else every language's."""
        langs = [lang] if lang in self.shorthand else list(self.shorthand)
        return [form for clause in self._corrected_clauses(text)
                for form in (clause, *(_expand(clause, self.shorthand[each],
                                               self.said.get(each)) for each in langs))]

    def names_young_child(self, text: str) -> bool:
        """A toddler or a preschooler is named ("my 2 year old", "bé 3 tuổi", "balita")."""
        return any(any(self.young_child.spans(clause))
                   for clause in self._corrected_clauses(text))

    def asks_task(self, text: str) -> bool:
        """A short message asks a task the bot does not do ("help me translate this
        paragraph"): its plea is politeness. A longer one may tell a danger beside it."""
        return len(text.split()) <= MAX_TASK_WORDS and any(
            self._holds(self.tasks, clause) for clause in self._corrected_clauses(text))

    def troubled(self, text: str) -> bool:
        """An everyday device or account trouble is named ("quên mật khẩu Zalo", "kid locked the
        ipad"): a plea beside it, with no cue of its own, is upset about that trouble."""
        return any(self._holds(self.troubles, clause)
                   for clause in self._corrected_clauses(text))

    def _corrected_clauses(self, text: str) -> list[tuple[Word, ...]]:
        corrections: dict[str, str | None] = {}
        return [self._correct(clause, corrections)
                for sentence in sentences(text, _MAX_SENTENCES, keep_numbers=True)
                for clause, _ in _clauses(sentence)]

    def _evidence(self, at: tuple[int, int], clauses: list[tuple[Word, ...]]) -> str:
        """The words of the cue as the person typed them, its parts in the order written
        ("clip … lên mọi group … mà kể"), to show them their own words."""
        cue = self.groups[at[0]].cues[at[1]]
        words = tuple(w for clause in clauses for w in (*clause, _BREAK))
        spans = []
        for part in cue.groups:
            span = next(((start, start + len(p.words)) for p in part
                         if (start := p.start_in(words)) is not None), None)
            if span is not None:
                spans.append(span)
        return " … ".join(" ".join(typed.rstrip(_SURELY_PLAIN) for _, typed in words[a:b])
                          for a, b in sorted(spans))

    def _refined(self, group_at: int, read: list[list[tuple[Word, ...]]]) -> str | None:
        """The special case of the broad danger found ("my friend wants to die" of "wants to
        die"), when it explains every clause where the broad cue fires: by its own cue, or (for
        a friend) by another person named before the danger words. A clause of the reader's
        own ("I want to die too") keeps the broad answer."""
        replacing = self.replacing.get(group_at, ())
        if not replacing:
            return None
        every = [clause for sentence in read for clause in sentence]
        memo: dict[tuple[Word, ...], frozenset[int]] = {}
        # Each danger clause with the few clauses before it: "Bạn em nhắn. Nó nói muốn
        # chết." names the friend one sentence before the danger.
        danger = [(c, _joined(every[max(0, at - _LOOK_BACK):at + 1]))
                  for at, c in enumerate(every) if self._fires_group(group_at, c, memo)]
        for special in replacing:
            if danger and all(self._special_fires(special, group_at, c, upto, memo)
                              or (special in self.for_someone_else
                                  and self._someone_elses(group_at, upto))
                              for c, upto in danger):
                return self.groups[special].topic
            if not danger and special in self.for_someone_else \
                    and self._someone_elses(group_at, _joined(every), last_only=False):
                return self.groups[special].topic  # the danger's words span clauses
        return None

    def _friends_case(self, group_at: int) -> int | None:
        """The special case answered instead of this broad danger when it is someone else's."""
        return next((s for s in self.replacing.get(group_at, ()) if s in self.for_someone_else),
                    None)

    def _fires_in(self, group_at: int, text: str,
                  memo: dict[tuple[Word, ...], frozenset[int]]) -> bool:
        return any(self._fires_group(group_at, clause, memo)
                   for clause in self._corrected_clauses(text))

    def _named_forms(self, words: tuple[Word, ...]) -> list[tuple[Word, ...]]:
        """The words as typed and with each language's shorthand expanded as it is written
        ("bn e" is "bạn em"): who is named is read in all of them."""
        present = {f for f, _ in words}
        return [words, *(_expand(words, table, self.said.get(lang))
                         for lang, table in self.shorthand.items()
                         if not present.isdisjoint(table))]

    def _quoting_another(self, group_at: int, text: str) -> str | None:
        """"Một học sinh vừa nhắn cho tôi lúc 11h đêm: 'tối nay em uống hết vỉ thuốc…'": danger
        words only inside quote marks, after someone named who said or wrote them, are that
        person's. The teacher passing them on gets the answer for someone at risk, not the one
        written to the student (whose "em" inside the quote is no "I" of the writer's). The
        reader's own child quoted ("Anak saya kirim pesan '…'") stays their child's danger."""
        special = self._friends_case(group_at)
        quote = _QUOTED.search(text[:MAX_INPUT_CHARS])
        if special is None or quote is None:
            return None
        memo: dict[tuple[Word, ...], frozenset[int]] = {}
        if self._fires_in(group_at, without_quotes(text), memo):
            return None  # danger in the writer's own words too
        for form in self._named_forms(_joined(self._corrected_clauses(text[:quote.start()]))):
            reports = [r for r, _ in self.reporting.spans(form)]
            children = [a for a, _ in self.own_child.spans(form)]
            if any(b <= r <= b + _SAID_WITHIN and not any(c < a for c in children)
                   for a, b in self._names(form) for r in reports):
                return self.groups[special].topic
        return None

    def _speaking_another(self, group_at: int, text: str) -> str | None:
        """A pasted chat ("nó: t uống hết lọ thuốc r. e: m đùa à??"): when the danger words are
        only in lines labelled with another person ("nó", "Dia", "her", a friend's name word),
        never the writer's ("e", "tôi", "me") or the reader's own child's ("Con"), the danger is
        that person's."""
        special = self._friends_case(group_at)
        labels = list(_SPEAKER.finditer(text[:MAX_INPUT_CHARS])) if special is not None else []
        if len(labels) < 2:
            return None
        memo: dict[tuple[Word, ...], frozenset[int]] = {}
        if self._fires_in(group_at, text[:labels[0].start()], memo):
            return None
        said = [(label.group(1), text[label.end():labels[at + 1].start() if at + 1 < len(labels)
                                      else MAX_INPUT_CHARS])
                for at, label in enumerate(labels)]
        speakers = [speaker for speaker, words in said if self._fires_in(group_at, words, memo)]
        if any(_TO_A_PARENT.search(words) for speaker, words in said if speaker in speakers):
            return None  # "Nó: con uống hết thuốc rồi mẹ ơi": the reader's own child
        for speaker in speakers:
            words = _joined(self._corrected_clauses(speaker))
            if any(self.first_person.spans(words)) or any(self.own_child.spans(words)) \
                    or not (any(self.third_person.spans(words)) or self._names(words)):
                return None
        return self.groups[special].topic if speakers else None

    def _special_fires(self, special: int, group_at: int, clause: tuple[Word, ...],
                       upto: tuple[Word, ...],
                       memo: dict[tuple[Word, ...], frozenset[int]]) -> bool:
        """The special case's own cue, unless, read from the start of the message, the
        reader speaks of themselves after naming the other person, or the story is about the
        reader's own child ("con gái tôi khóc cả tối, nó nói muốn chết")."""
        if not self._fires_group(special, self._not_oneself(clause), memo):
            return False
        if special not in self.for_someone_else:
            return True
        names = self._names(upto)
        if not names:
            return not any(True for _ in self.own_child.spans(upto))
        cue = self._danger_at(group_at, upto, last_only=True)
        return not self._also_mine(upto, names[-1], cue[0] if cue else len(upto))

    def _someone_elses(self, group_at: int, upto: tuple[Word, ...],
                       last_only: bool = True) -> bool:
        """The danger in the last clause of `upto` is another person's: someone is named
        before its danger words, here or in a clause before ("thằng bạn cùng bàn nhắn là tối
        nay sẽ uống hết thuốc", "my cousin keeps saying she wants to disappear"), and the
        reader says no "I" between the name and those words."""
        for form in self._named_forms(upto):
            names = self._names(form)
            cue = self._danger_at(group_at, form, last_only) if names else None
            if cue is None:
                continue
            named = [(a, b) for a, b in names if a < cue[0]]
            if named and not self._also_mine(form, named[-1], cue[0]):
                return True
        return False

    def _danger_at(self, group_at: int, words: tuple[Word, ...],
                   last_only: bool) -> tuple[int, int] | None:
        """Where the danger words stand: in the last clause when asked (the clause being
        read), else the first anywhere."""
        if last_only:
            breaks = [i for i, w in enumerate(words) if w == _BREAK]
            start = breaks[-2] + 1 if len(breaks) >= 2 else 0
            cue = self._first_cue(group_at, words[start:])
            if cue is not None:
                return cue[0] + start, cue[1] + start
        return self._first_cue(group_at, words)

    def _names(self, words: tuple[Word, ...]) -> list[tuple[int, int]]:
        """Where another person is named; "diri sendiri" (oneself) is nobody else, nor is
        "ban than" after a verb ("tự làm đau bản thân"); opening a clause it is "bạn thân".
        A pretended person ("tự xưng là bạn gái") is nobody either, nor one the writer leaves
        things or says sorry to ("để lại hết đồ cho em gái", "mèo cho chị hàng xóm"): that
        farewell is the writer's (unless that person then says something: "xin lỗi bạn em
        vừa nhắn là…")."""
        mine = [range(a, b) for a, b in self.oneself.spans(words)
                if a > 0 and words[a - 1] != _BREAK]
        # "con bé nhà tôi" names the reader's own child, though "con bé" alone is someone else's.
        children = [range(a, b) for a, b in self.own_child.spans(words)]
        posed = {e for _, e in self.posing.spans(words)}
        given = {e for _, e in self.given_to.spans(words)}
        if given:
            titled = dict(self.titles.spans(words))
            given |= {titled[e] for e in given if e in titled}
        reports = [r for r, _ in self.reporting.spans(words)] if given else []

        def speaks(b: int) -> bool:
            return any(b <= r <= b + _SAID_WITHIN and _BREAK not in words[b:r] for r in reports)
        return sorted((a, b) for a, b in self.someone_else.spans(words)
                      if not any(a in r for r in mine) and a not in posed
                      and not (a in given and not speaks(b))
                      and not any(r.start < b and a < r.stop for r in children))

    def _also_mine(self, words: tuple[Word, ...], name: tuple[int, int], until: int) -> bool:
        """The reader speaks as "I" between naming the other person and the danger words
        ("my best friend left me and I want to die"), or the story is about the reader's own
        child, named first ("con gái tôi cãi nhau với bạn thân, tối nay nó nói…") unless the
        child only reports it ("anak saya cerita temannya…"). Not an "I": the word right
        after the name ("bạn em", "teman aku"), one after "của" / "with" ("vs e"), one in the
        child's name ("con gái tôi"), one in words quoted after "nhắn", "texted me"."""
        a, b = name
        skip = {i for c, e in self.own_child.spans(words) for i in range(c, e)}
        skip |= {e for _, e in self.object_marks.spans(words)}
        skip |= self._quoted(words)
        skip |= {i - 1 for i, _ in self.witness.spans(words)}
        if any(b < i < until and i not in skip for i, _ in self.first_person.spans(words)):
            return True
        reports = [i for i, _ in self.reporting.spans(words)]
        if any(b <= r <= b + _SAID_WITHIN for r in reports):
            # The other person said or posted it ("his friend just texted"), and the child
            # named first is only moved by it ("my son is panicking because…").
            reports += [i for i, _ in self.moved_by.spans(words)]
        return any(c < a and not any(c < r < a for r in reports)
                   for c, child_end in self.own_child.spans(words) if child_end <= a)

    def _quoted(self, words: tuple[Word, ...]) -> set[int]:
        """The words of a clause that follows one ending in a word of reporting ("nó nhắn:",
        "she texted me '…'"): the other person's own words."""
        ends = {e for _, e in self.reporting.spans(words)}
        quoted: set[int] = set()
        inside = False
        for i, word in enumerate(words):
            if word == _BREAK:
                inside = i in ends
            elif inside:
                quoted.add(i)
        return quoted

    def _first_cue(self, group_at: int, clause: tuple[Word, ...]) -> tuple[int, int] | None:
        """Where the first phrase of the group's firing cues stands in the clause."""
        first: tuple[int, int] | None = None
        present, padded = self._runs(clause) & self.phrases, _pad(clause)
        candidates = {cue_at for key in present for g, cue_at in self.by_anchor.get(key, ())
                      if g == group_at}
        for cue_at in sorted(candidates):
            cue = self.groups[group_at].cues[cue_at]
            if not cue.fires(present, padded, clause):
                continue
            for phrase in (p for part in cue.groups for p in part if p.padded in present):
                start = phrase.start_in(clause)
                if start is not None and (first is None or start < first[0]):
                    first = (start, start + len(phrase.words))
        return first

    def _not_oneself(self, clause: tuple[Word, ...]) -> tuple[Word, ...]:
        """Without the words that mean the reader themselves but look like a friend word once
        diacritics are gone ("tự làm đau bản thân", typed "ban than", is not "bạn thân")."""
        drop = {i for a, b in self.oneself.spans(clause) for i in range(a, b)}
        return tuple(_BREAK if i in drop else w for i, w in enumerate(clause)) if drop else clause

    def _fires_group(self, group_at: int, clause: tuple[Word, ...],
                     memo: dict[tuple[Word, ...], frozenset[int]]) -> bool:
        """`memo`: one reading's clauses and the groups firing in each; each clause is asked
        about for the broad danger and again for every special case of it."""
        if clause not in memo:
            memo[clause] = frozenset(g for g, _ in self._firing([clause]))
        return group_at in memo[clause]

    def _fire(self, clauses: list[tuple[Word, ...]]) -> tuple[int, int] | None:
        """The (group, cue) position of the first cue found in these clauses."""
        return next(self._firing(clauses), None)

    def _fire_beside(self, clauses: list[tuple[Word, ...]],
                     shaped: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The first cue found; beside cues read by shape, only one of another danger (a
        recorded call told the sentence before makes money asked again sextortion)."""
        groups = {group for group, _ in shaped}
        return next((at for at in self._firing(clauses)
                     if not (at in self.by_shape and at[0] in groups)), None)

    def _firing(self, clauses: list[tuple[Word, ...]]) -> Iterator[tuple[int, int]]:
        """The (group, cue) positions of the cues found in these clauses, in file order."""
        if not clauses:
            return
        joined = tuple(w for clause in clauses for w in (*clause, _BREAK))
        present = {f for f, _ in joined}
        forms = {joined} | {_expand(joined, table) for table in self.shorthand.values()
                            if not present.isdisjoint(table)}
        candidates = []
        positions: set[tuple[int, int]] = set()
        for form in forms:
            present = self._runs(form) & self.phrases
            if present:
                candidates.append((present, _pad(form), form))
                for key in present:
                    positions.update(self.by_anchor.get(key, ()))
        for group_at, cue_at in sorted(positions):
            cue = self.groups[group_at].cues[cue_at]
            if any(cue.fires(present, padded, form) for present, padded, form in candidates):
                yield group_at, cue_at

    def _lone_frames_joined(self, clauses: list[tuple[tuple[Word, ...], bool]]
                            ) -> list[tuple[Word, ...]]:
        """A frame that is a clause of its own ("Hypothetically, if my kid…", "Giả sử, …"), or a
        clause that opens on a supposition, frames the clause after it, unless a contrast opens
        that one ("I'm not suicidal, but I've got the pills lined up"). So does a clause told
        long ago that ends in a word of saying ("last month my friend posted '…'"): the words
        quoted are that past too. Not "last night she texted me '…'": pills taken last night
        are danger now."""
        out: list[tuple[Word, ...]] = []
        told_long_ago = False  # a quote may hold commas: it runs to the sentence's end
        for clause, contrasted in clauses:
            if out and not contrasted:
                said_long_ago = self._long_ago_said(out[-1])
                if told_long_ago or said_long_ago or self._lone_frame(out[-1]) \
                        or self._supposes(out[-1]):
                    told_long_ago = told_long_ago or said_long_ago
                    out[-1] = out[-1] + clause
                    continue
            told_long_ago = False
            out.append(clause)
        return out

    def _lone_frame(self, clause: tuple[Word, ...]) -> bool:
        """The clause is a frame and nothing else ("Giả sử", "Hypothetically")."""
        return len(clause) <= _LONGEST_LONE_FRAME \
            and any(a == 0 and b == len(clause) for a, b in self.frames.spans(clause))

    def _supposes(self, clause: tuple[Word, ...]) -> bool:
        """The clause opens on a supposition ("Giả sử có ai gọi video giả giọng mẹ, nói nếu không
        chuyển thì em tôi gặp nguy hiểm, thì làm sao…"): the sentence is one question asked
        ahead, its threat part of what is supposed."""
        return any(a == 0 for a, _ in self.supposing.spans(clause))

    def _long_ago_said(self, clause: tuple[Word, ...]) -> bool:
        """The clause tells of long ago and ends in a word of saying ("tháng trước nó đăng")."""
        return any(self.long_ago.spans(clause)) \
            and any(b == len(clause) for _, b in self.reporting.spans(clause))

    def _told_now(self, read: list[list[tuple[Word, ...]]],
                  before: list[list[tuple[Word, ...]]]) -> bool:
        """A past that only sets the scene ("we moved here last year") does not calm a story
        told, in a sentence the calm reading left whole or in its last clauses, as happening
        within hours ("this morning she left…"). Read only once something was calmed."""
        return any(self._latest_now(kept, whole)
                   for kept, whole in zip(read, before, strict=True))

    def _latest_now(self, kept: list[tuple[Word, ...]], whole: list[tuple[Word, ...]]) -> bool:
        """The sentence ends on a clause told as within hours, after the last clause that
        something calmed: "met him last month, and tonight he says…" is happening; "tonight
        the driver was late, and she got home" is over."""
        if kept == whole:
            return any(self._holds(self.happening_now, c) for c in kept)
        if len(kept) != len(whole):
            return False
        last = max(n for n, (k, w) in enumerate(zip(kept, whole, strict=True)) if k != w)
        return any(self._holds(self.happening_now, k) for k in kept[last + 1:])

    def _shaken(self, read: list[tuple[Word, ...]],
                whole: list[tuple[Word, ...]]) -> bool:
        """The writer says, outside every frame, that they are shaken ("em mệt lắm rồi"): the
        supposition beside it is a cry said indirectly. Not after a story of long ago ("hồi lớp
        8 … em sợ lắm"): that fear is the story's."""
        return any(self._holds(self.shaken, c) for c in read) \
            and not any(self._holds(self.long_ago, c) for c in whole)

    def _supposed_but_real(self, read: list[list[tuple[Word, ...]]],
                           said: list[list[tuple[Word, ...]]],
                           shown: dict[tuple[int, int], list[tuple[Word, ...]]]
                           ) -> list[tuple[int, int]]:
        """"Hypothetically, what if he told my niece to delete the chats? She's literally
        doing it now": a supposition or a question asked ahead that the writer says is real
        and under way (anywhere: "temenku yg ngalamin" follows a "gimana?" that reaches over
        it) is read as told. `said` holds only the sentences that suppose or ask ahead (the
        others empty): news retold or a past story beside "em sợ lắm" stays set aside."""
        for kept, told in zip(read, said, strict=True):
            if not told or kept == told:
                continue
            at = self._fire(told)
            if at is not None:
                shown.setdefault(at, told)
                return [at]
        return []

    def _news_told(self, clauses: list[tuple[Word, ...]],
                   running: bool) -> tuple[list[tuple[Word, ...]], bool]:
        """The clauses that retell a story read or heard ("xem thời sự thấy vụ bé gái… bị dụ
        ra gặp rồi bắt cóc"): from a clause with a phrase of `news` on, over the sentences
        after it, until a clause names the reader or says now ("nhà tôi cũng có…", "and now he
        is messaging my son"). Not by `mine`: folded, "tớ" is the English "to". A word of now
        after the news phrase in its own clause keeps that clause: "my son read an article
        about it and now says someone is doing it"."""
        heard = []
        for clause in clauses:
            if self._news_phrase(clause):
                running = True
            elif running and (self._says_now([clause]) or self._holds(self.first_person, clause)
                              or self._holds(self.own_child, clause)):
                running = False
            if running:
                heard.append(clause)
        return heard, running

    def _news_phrase(self, clause: tuple[Word, ...]) -> bool:
        for words in self._views(clause):
            ends = [end for _, end in self.news.spans(words)]
            if ends and not any(start >= min(ends) for start, _ in self.now.spans(words)):
                return True
        return False

    def _says_now(self, clauses: list[tuple[Word, ...]]) -> bool:
        """A word of now ("tối nay", "tonight", "sekarang") in these clauses."""
        return any(self._holds(self.now, clause) for clause in clauses)

    def _names_reader(self, clause: tuple[Word, ...]) -> bool:
        return any(self._holds(kind, clause) for kind in (self.first_person, self.own_child,
                                                          self.mine))

    def _hedged(self, clauses: list[tuple[tuple[Word, ...], bool]]) -> bool:
        """"Chắc không có gì nghiêm trọng, nhưng … giờ họ đang đứng ở góc đường": a "nothing
        serious" the writer takes back with a "but" and a now is a hedge, not a disclaimer.
        A "but" with no now ("giờ bạn ấy ổn rồi nhưng em vẫn lo") keeps the disclaimer. A
        danger told within hours before it is a hedge too ("có ông lạ đứng trước cổng ngay bây
        giờ, hỏi cho biết thôi": "just asking" asks what to do about it), unless a "but" comes
        between ("…dari tadi siang, tapi sudah aku blokir dan sekarang aman"). The sentence's
        clauses each marked whether a contrast opens it."""
        said = [at for at, (clause, _) in enumerate(clauses) if self._disclaims(clause)]
        if not said:
            return False
        if not any(contrasted for _, contrasted in clauses[1:said[0] + 1]) \
                and any(self._holds(self.happening_now, clause) and not self._disclaims(clause)
                        for clause, _ in clauses[:said[0]]):
            return True  # "ada om-om nungguin di depan sekolah malam ini, cuma nanya…"
        after = clauses[said[-1] + 1:]
        turn = next((at for at, (_, contrasted) in enumerate(after) if contrasted), None)
        return turn is not None and self._says_now([c for c, _ in after[turn:]])

    def _laughs(self, text: str) -> bool:
        """The writer laughs ("hahaha", "lol", "wkwkwk", "😂"): with a word of `revealed`, the
        scare told before turned out harmless ("…ai dè nó chỉ rời server haha"). A laugh
        alone is no disclaimer: a frightened teen laughs too ("lol he says he's outside")."""
        if any(face in text for face in _LAUGHING_FACES):
            return True
        found = _LETTERS.findall(fold_diacritics(text.lower().replace("\u2019", "'")))
        padded = f" {' '.join(found)} "
        for laugh in self.laughter:
            if " " in laugh:
                if f" {laugh} " in padded:
                    return True
            elif any(token.startswith(laugh) and set(token) <= set(laugh) for token in found):
                return True
        return False

    def _disclaims(self, clause: tuple[Word, ...]) -> bool:
        """The clause says nothing is happening ("hỏi trc cho bt thôi")."""
        return self._holds(self.disclaimers, clause)

    def _holds(self, phrases: _PhraseSet, clause: tuple[Word, ...]) -> bool:
        """One of these phrases is in the clause, as typed or with shorthand expanded ("hỏi
        trc cho bt" is "hỏi trước cho biết")."""
        return any(any(phrases.spans(words)) for words in self._views(clause))

    def _views(self, clause: tuple[Word, ...]) -> list[tuple[Word, ...]]:
        """The clause as typed and with each language's shorthand expanded."""
        present = {f for f, _ in clause}
        return [clause, *(_expand(clause, table) for table in self.shorthand.values()
                          if not present.isdisjoint(table))]

    def _calm(self, clause: tuple[Word, ...], preparing: bool) -> tuple[Word, ...]:
        """The clause without its exaggerations and its past, hypothetical or negated
        stretches. A frame reaches from the clause start, or the last word of now before it,
        to the next word of now. Phrases are looked for as typed and with shorthand expanded
        ("ko có ý định" is "không có ý định"). In a message asking how to prepare a child,
        a fear of what might happen is a frame too. A frame right after a picture's words tells
        which picture is meant ("foto yg dulu aku kirim", the photos sent back then), not when
        the message happens: it frames nothing."""
        frames: set[int] = set()
        cuts = {0, len(clause)}
        drop: set[int] = set()
        present = {f for f, _ in clause}
        views = [(clause, list(range(len(clause))))]
        views += [_expand_indexed(clause, table) for table in self.shorthand.values()
                  if not present.isdisjoint(table)]
        if self._supposes(clause):
            frames.add(0)  # "Suppose …", "Misalnya …": a frame where it opens a clause only
        for words, origin in views:
            described = {origin[b - 1] + 1 for _, b in self.pictures.spans(words)}
            frames.update(origin[a] for a, _ in self.frames.spans(words)
                          if origin[a] not in described)
            if preparing:
                frames.update(origin[a] for a, _ in self.feared.spans(words))
            cuts.update(origin[a] for a, _ in self.now.spans(words))
            for a, b in self.exaggerations.spans(words):
                drop.update(range(origin[a], origin[b - 1] + 1))
        if frames:
            for start, end in itertools.pairwise(sorted(cuts)):
                if any(start <= f < end for f in frames):
                    drop.update(range(start, end))
        if not drop:
            return clause
        return tuple(_BREAK if i in drop else w for i, w in enumerate(clause))

    def _correct(self, words: tuple[Word, ...],
                 corrections: dict[str, str | None]) -> tuple[Word, ...]:
        """Unknown words that are a typo of a cue word become that word."""
        out = []
        for folded, typed in words:
            if folded in self.known:
                if _marked((folded, typed)) and not _has_tone(typed):
                    typed = self.only_spelling.get(folded, typed)
                elif _has_tone(typed) and typed not in self.written_toned:
                    typed = self._retoned(folded, typed)
                out.append((folded, typed))
                continue
            if folded not in corrections:
                corrections[folded] = None if (len(corrections) >= _MAX_CORRECTIONS
                                               or self._inflected(folded)) \
                    else self._nearest(folded)
            fixed = corrections[folded]
            out.append((fixed, fixed) if fixed else (folded, typed))
        return tuple(out)

    def _retoned(self, folded: str, typed: str) -> str:
        """The written word a word with its tone on the wrong vowel, or a letter mark lost,
        stands for; the word as typed when there is none or more than one."""
        exact = self.retoned.get(_tone_apart(typed))
        if exact:
            return exact
        near = self.marks_lost.get(folded + _tones(typed))
        if near and _fewer_marks(_tone_apart(typed), _tone_apart(near)):
            return near
        return typed

    def _inflected(self, word: str) -> bool:
        """A known word with an affix ("terusan", "threatens") is a real word, not a typo."""
        for affix in _SUFFIXES:
            if word.endswith(affix) and word[: -len(affix)] in self.known:
                return True
        return any(word.startswith(affix) and word[len(affix):] in self.known
                   for affix in _PREFIXES)

    def _nearest(self, word: str) -> str | None:
        skeleton = _skeleton(word)
        if skeleton in self.skeletons:
            return self.skeletons[skeleton]
        candidates = self.cue_words.get(word[0])
        if len(word) < 4 or not candidates:
            return None
        allowed = 1 if len(word) < 8 else 2
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=allowed)
        if best is None or (best[1] == 2 and len(best[0]) != len(word)):
            # Two slips in a long word are two letters typed wrong, not a letter added or
            # lost as well: "pencucian" (laundering) is no typo of "penculikan" (kidnapping).
            return None
        return best[0]


class _PhraseSet:
    """Plain phrases looked up by their first word: frames and exaggerations."""

    def __init__(self, phrases: Iterable[_Phrase]) -> None:
        self.by_first: dict[str, list[_Phrase]] = {}
        for phrase in phrases:
            self.by_first.setdefault(phrase.words[0][0], []).append(phrase)

    def spans(self, words: tuple[Word, ...]) -> Iterable[tuple[int, int]]:
        padded = _pad(words)
        wanted = [p for first in {f for f, _ in words} & self.by_first.keys()
                  for p in self.by_first[first] if p.padded in padded]
        if not wanted:
            return
        for start, (folded, _) in enumerate(words):
            for phrase in wanted:
                if phrase.words[0][0] == folded and phrase.at(words, start):
                    yield start, start + len(phrase.words)


def _reach(says: list[bool], now: list[bool]) -> list[bool]:
    """The sentences a "just asking" covers: its own, the question right before it, the one
    after unless that says now, and the story before back to a sentence that says now."""
    reached = [here or (at > 0 and says[at - 1] and not now[at])
               or (at + 1 < len(says) and says[at + 1]) for at, here in enumerate(says)]
    ahead = False
    for at in range(len(says) - 1, -1, -1):
        reached[at] = reached[at] or (ahead and not now[at])
        ahead = says[at] or (ahead and not now[at])
    return reached


def _clauses(sentence: str) -> list[tuple[tuple[Word, ...], bool]]:
    """Punctuation and contrast words ("but", "nhưng", "tapi") end a clause; each clause comes
    with whether a contrast word opened it."""
    out: list[tuple[tuple[Word, ...], bool]] = []
    careful = _typed_with_marks(sentence)
    sentence = _NOUN_IS.sub(r"\1 is ", sentence)
    for part in _CLAUSE_END.split(_NAMED_IN_PASSING.sub(r"\1", sentence)):
        current: list[Word] = []
        contrasted = False
        words = _words(part, careful)
        for at, word in enumerate(words):
            if word[0] in _CONTRAST and not _plural_marker(words, at):
                out.append((tuple(current), contrasted))
                current, contrasted = [], True
            else:
                current.append(word)
        out.append((tuple(current), contrasted))
    return [(c, contrasted) for c, contrasted in out if c]


def _plural_marker(words: tuple[Word, ...], at: int) -> bool:
    """"những" (a plural marker) folds to the "nhung" of "nhưng" (but): typed with its tone,
    or untyped between a verb and a thing done or said ("doi em lam nhung viec em khong
    thich"), it opens no contrast ("nên dặn cháu những quy tắc gì về … người lạ" is one
    clause)."""
    folded, typed = words[at]
    if folded != "nhung":
        return False
    if _has_tone(typed):
        return True
    return 0 < at < len(words) - 1 and words[at - 1][0] in _BEFORE_A_PLURAL \
        and words[at + 1][0] in _PLURAL_THINGS


def _joined(clauses: list[tuple[Word, ...]]) -> tuple[Word, ...]:
    return tuple(w for clause in clauses for w in (*clause, _BREAK))


# "làm những việc", "gửi những tấm": a verb, untoned "nhung", a thing; "but" rarely sits there.
_BEFORE_A_PLURAL = frozenset({"lam", "noi", "gui", "xem", "doi", "bat", "chup", "nhan", "hoi",
                              "ke", "nghe", "thay", "ep"})
_PLURAL_THINGS = frozenset({"viec", "chuyen", "thu", "dieu", "cau", "tam", "buc", "clip",
                            "video", "hinh", "loi", "tro"})

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


@functools.lru_cache(maxsize=4096)
def _has_tone(word: str) -> bool:
    return not _TONES.isdisjoint(unicodedata.normalize("NFD", word))


@functools.lru_cache(maxsize=4096)
def _tone_apart(word: str) -> str:
    """The word's letters with their marks, its tone set after them: "trứơc" and "trước" are
    one key, whichever vowel the tone was typed on."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES)) \
        + _tones(word)


def _only_one(words: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    """Each key that exactly one of the words has, with that word."""
    by_key: dict[str, set[str]] = {}
    for word in words:
        by_key.setdefault(key(word), set()).add(word)
    return {k: next(iter(forms)) for k, forms in by_key.items() if len(forms) == 1}


def _fewer_marks(typed: str, written: str) -> bool:
    """Each letter typed is the written one or that letter without its mark ("o" for "ơ")."""
    return len(typed) == len(written) and all(
        t == w or t == fold_diacritics(w) for t, w in zip(typed, written, strict=True))


@functools.lru_cache(maxsize=4096)
def _tones(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if c in _TONES)


def _typed_words(text: str) -> list[str]:
    return squeeze_runs(clean(text)).split()


def _skeleton(word: str) -> str:
    """'kill' → 'kil', 'tuu' → 'tu': doubled letters are the commonest typo."""
    return re.sub(r"(\D)\1+", r"\1", word)


def _typed_with_marks(sentence: str) -> bool:
    """Most words carry their marks: whoever typed this sentence typed "con" for "con", not for
    "còn" ("lúc con bé thay đồ" is not "lúc còn bé", when I was little)."""
    words = [w for w in sentence.split() if not w.isdigit()]
    marked = sum(not w.isascii() and fold_diacritics(w) != w for w in words)
    return len(words) >= _CAREFUL_WORDS and marked >= _CAREFUL_SHARE * len(words)


def _marked(word: Word) -> bool:
    return word[1] != word[0] and not word[1].endswith(_SURELY_PLAIN)


def _words(text: str, careful: bool = False) -> tuple[Word, ...]:
    """Each word folded and as typed. A stretched word ("vềee") was not typed with care, so its
    diacritics are not held against it. Whole-text passes first; word by word only for the rare
    word made of stray accents alone. In a `careful` sentence a word typed without marks is
    plain for sure, and agrees only with a cue word written plain."""
    cleaned = clean(text)
    raw = fold_diacritics(cleaned).split()
    folded = squeeze_runs(" ".join(raw)).split()
    typed = squeeze_runs(cleaned).split()
    if not (len(raw) == len(folded) == len(typed)):
        pairs = [(squeeze_runs(fold_diacritics(w)), fold_diacritics(w), squeeze_runs(w))
                 for w in cleaned.split()]
        return tuple((f, t if f == r else f) for f, r, t in pairs if f)
    sure = _SURELY_PLAIN if careful else ""
    return tuple((f, (t + sure if t == f else t) if f == r else f)
                 for f, r, t in zip(folded, raw, typed, strict=True))


def _expand(words: tuple[Word, ...], table: Shorthand,
            said: Shorthand | None = None) -> tuple[Word, ...]:
    """Shorthand expanded; with `said`, each expansion keeps its diacritics ("bn" → "bạn")."""
    out: list[Word] = []
    for folded, typed in words:
        if folded in table:
            written = said.get(folded, table[folded]) if said else table[folded]
            out.extend(zip(table[folded], written, strict=True))
        else:
            out.append((folded, typed))
    return tuple(out)


def _expand_indexed(words: tuple[Word, ...],
                    table: Shorthand) -> tuple[tuple[Word, ...], list[int]]:
    """Shorthand expanded, with the position each word came from."""
    out: list[Word] = []
    origin: list[int] = []
    for i, (folded, typed) in enumerate(words):
        expanded = [(w, w) for w in table[folded]] if folded in table else [(folded, typed)]
        out.extend(expanded)
        origin.extend([i] * len(expanded))
    return tuple(out), origin


def _phrase(words: tuple[Word, ...]) -> _Phrase:
    return _Phrase(words, _pad(words))


def _pad(words: tuple[Word, ...]) -> str:
    return f" {' '.join(folded for folded, _ in words)} "


def _agrees(said: Word, cue: Word) -> bool:
    """Same folded word, and the diacritics agree wherever both sides wrote them."""
    if said[0] != cue[0]:
        return False
    said_plain = said[1] == said[0]
    cue_plain = cue[1] == cue[0]
    return said_plain or cue_plain or said[1] == cue[1]
