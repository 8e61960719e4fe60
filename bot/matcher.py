"""Content + message → Match: the best topic, how sure we are, and the close alternatives.

Scoring, built once per content snapshot:
1. Each example becomes weighted features: stemmed words and word pairs (Vietnamese compounds
   such as "lua dao" live in pairs). A feature's weight is its rarity across topics, so words
   that name one topic count and words every question has do not, raised for "signature"
   words that nearly every example of one topic has and its nearest rival lacks (platform
   names among the report_* topics).
2. A message is scored against every example at once (numpy over an inverted index): a weighted
   F-score of how much of the message the example covers and how much of the example the
   message covers. A topic scores its best example, blended with how much of the message the
   topic's whole vocabulary covers and with a rapidfuzz character score (typos, word order).
3. Unknown words of four letters or more are mapped to the nearest known word with rapidfuzz;
   other unknown words weigh in the message mass, so off-topic messages score low.
4. A topic may list `needs:` phrases (friend_at_risk needs a friend, a sibling, a classmate):
   without one of them in the message it is not a candidate at all.
5. A topic may list `signals:`, phrases that mark it out whatever else the message says ("hoàn
   tiền" + "nạp game" for in_app_spending): the topic gains `signal_weight` when one is present.
   Examples teach the matcher what a topic sounds like; a signal names what it is about, so a
   new topic can be found in long stories without examples that pull old topics' messages.
6. intents/_out_of_scope.yaml holds everyday questions on other subjects. They compete like a
   topic; when they win, nothing is answered confidently ("how do I post a video on TikTok"
   shares words with reporting but is not about safety).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from bot.content import Content, Example
from bot.content.loader import OUT_OF_SCOPE
from bot.language import LanguageProfile
from bot.normalize import Shorthand, expand, has_vietnamese_marks, tokens


@dataclass(frozen=True)
class Tuning:
    """Weights and thresholds; measured with `python bot.py eval`, not guessed."""

    beta: float = 1.3
    example_weight: float = 0.6
    topic_weight: float = 0.6
    fuzz_weight: float = 0.15
    unknown_weight: float = 0.8
    pair_weight: float = 0.8
    signature: float = 3.0
    confident: float = 0.8
    sure: float = 1.2
    margin_weight: float = 6.0
    min_signal: float = 2.5
    out_of_scope_gap: float = 0.25
    suggest: float = 0.22
    suggest_ratio: float = 0.55
    typo_cutoff: float = 84.0
    fuzz_examples: int = 3
    max_corrections: int = 24
    runner_up_weight: float = 1.0
    fuzz_topics: int = 5
    signal_weight: float = 0.25
    few_words: int = 3  # a message this short names a subject by a word, not by a pair


@dataclass(frozen=True)
class Match:
    topic: str | None
    score: float
    ranked: tuple[tuple[str, float], ...]
    lang: str
    signalled: tuple[str, ...] = ()  # topics whose signal phrases the message holds
    cases: frozenset[tuple[str, str]] = frozenset()  # (topic, case) told in the message
    # A message of a few common words ("ok em", "bố xong chưa"): the reply answers no topic
    # outright (a sentence of a story may still be one).
    common: bool = False

    @property
    def confident(self) -> bool:
        return self.topic is not None


@dataclass(frozen=True)
class Query:
    """A message prepared for matching: language, expanded words, folded string."""

    lang: str
    words: tuple[str, ...]
    text: str


SMALL_TALK = "conversation"  # greetings, thanks, questions about the bot

_EN_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
_ID_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
                "ber", "ter", "di", "ke")
_ID_SUFFIXES = ("nya", "kan", "an", "lah")
# Words whose "prefix" is part of the word, and whose remainder is another word: "terbang" (to
# fly) is not "bang" (what a teen calls an older man).
_ID_WHOLE = frozenset({"terbang"})


def stem(word: str) -> str:
    """A crude stem shared by content and messages: consistency matters, not linguistics."""
    if len(word) >= 6 and word not in _ID_WHOLE:
        for prefix in _ID_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                word = word[len(prefix):]
                break
        for suffix in _ID_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    if len(word) >= 4:
        for suffix in _EN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word


def features(words: Sequence[str], stems_seen: dict[str, str] | None = None) -> list[str]:
    """Stems and stem pairs; `stems_seen` memoises stems while an index is built."""
    if stems_seen is None:
        stems = [stem(w) for w in words]
    else:
        stems = [stems_seen.get(w) or stem(w) for w in words]
    return stems + [f"{a}_{b}" for a, b in itertools.pairwise(stems)]


class MatchIndex:
    """The matcher's precomputed view of one content snapshot; read-only after construction."""

    def __init__(self, content: Content, tuning: Tuning | None = None) -> None:
        self.tuning = tuning or Tuning()
        self.shorthand: dict[str, Shorthand] = {k: dict(v) for k, v in content.shorthand.items()}
        examples = sorted([*(e for t in content.topics.values() for e in t.examples),
                           *content.out_of_scope], key=lambda e: e.topic)
        self.examples: tuple[Example, ...] = tuple(examples)
        self.topic_ids: tuple[str, ...] = tuple(sorted({*content.topics,
                                                        *(e.topic for e in content.out_of_scope)}))
        topic_pos = {t: i for i, t in enumerate(self.topic_ids)}
        self.example_topic = np.array([topic_pos[e.topic] for e in examples], dtype=np.int64)
        self.example_text: list[str] = []
        example_feats: list[set[str]] = []
        profile_texts: dict[str, list[tuple[str, ...]]] = {}
        stems_seen: dict[str, str] = {}
        for example in examples:
            typed = tokens(example.text)
            words = expand(typed, self.shorthand.get(example.lang, {}))
            self.example_text.append(" ".join(words))
            for word in words:
                if word not in stems_seen:
                    stems_seen[word] = stem(word)
            example_feats.append(set(features(words, stems_seen)))
            # As typed: a message's language is told before its shorthand is expanded ("ok e").
            profile_texts.setdefault(example.lang, []).append(typed)
        for topic in content.topics.values():
            for lang, text in topic.answer.items():
                profile_texts.setdefault(lang, []).append(tokens(text))
        self.profile = LanguageProfile.learn(profile_texts)

        topic_feats: list[set[str]] = [set() for _ in self.topic_ids]
        for feats, t in zip(example_feats, self.example_topic, strict=True):
            topic_feats[t] |= feats
        vocab = sorted(set().union(*example_feats)) if example_feats else []
        self.feature_id = {f: i for i, f in enumerate(vocab)}
        n_topics = max(len(self.topic_ids), 1)
        df = np.zeros(len(vocab))
        for feats in topic_feats:
            for f in feats:
                df[self.feature_id[f]] += 1
        idf = np.log1p(n_topics / np.maximum(df, 1))
        if self.tuning.signature > 0 and len(examples):
            idf = idf * (1 + self.tuning.signature * _signature(
                example_feats, self.example_topic, self.feature_id, len(self.topic_ids)))
        is_pair = np.array(["_" in f for f in vocab], dtype=bool)
        self.weight = np.where(is_pair, idf * self.tuning.pair_weight, idf)
        self.unknown = float(math.log1p(n_topics)) * self.tuning.unknown_weight
        self.words_by_initial: dict[str, list[str]] = {}
        for word in (f for f in vocab if "_" not in f and len(f) >= 4):
            self.words_by_initial.setdefault(word[0], []).append(word)

        self.example_post = _postings(example_feats, self.feature_id, len(vocab))
        self.topic_post = _postings(topic_feats, self.feature_id, len(vocab))
        per_feature = np.diff(self.example_post.starts)
        owner = np.repeat(np.arange(len(vocab)), per_feature)
        self.example_mass = np.bincount(self.example_post.rows, weights=self.weight[owner],
                                        minlength=len(examples)) + 1e-9
        boundaries = np.flatnonzero(np.diff(self.example_topic)) + 1
        self.topic_start = np.concatenate(([0], boundaries)).astype(np.int64)
        self.present = self.example_topic[self.topic_start] if len(examples) else np.array([])
        self.stems: dict[str, str] = stems_seen
        self.example_topic_list: list[int] = self.example_topic.tolist()
        self._owner_rank = np.repeat(np.arange(len(self.topic_start)),
                                     np.diff(np.append(self.topic_start, len(examples))))
        self.example_sorted = [" ".join(sorted(text.split())) for text in self.example_text]
        # "cảm ơn", "xin chào": small talk is made of common words and is answered all the same.
        self.small_talk = frozenset(t.id for t in content.topics.values()
                                    if t.category == SMALL_TALK)
        self.needs: dict[int, tuple[str, ...]] = {}
        for topic in content.topics.values():
            if topic.needs:
                self.needs[topic_pos[topic.id]] = tuple(
                    self._padded(cue.raw, cue.lang) for cue in topic.needs)
        self.signals = _Signals.of(
            (topic_pos[topic.id], [[[self._padded(phrase, cue.lang) for phrase in group]
                                    for group in cue.raw_groups] for cue in topic.signals])
            for topic in content.topics.values() if topic.signals)
        cased = [(topic.id, case) for topic in content.topics.values() for case in topic.cases]
        self.case_ids = [(topic, case.id) for topic, case in cased]
        self.cases = _Signals.of(
            (n, [[[self._padded(phrase, cue.lang) for phrase in group]
                  for group in cue.raw_groups] for cue in case.when])
            for n, (_, case) in enumerate(cased))
        self.neighbours: frozenset[tuple[str, str]] = frozenset(
            (a.id, b) for a in content.topics.values() for b in a.related
            if b in content.topics and a.id in content.topics[b].related)
        self.topic_bounds = [(int(np.searchsorted(self.example_topic, t)),
                              int(np.searchsorted(self.example_topic, t, side="right")))
                             for t in range(len(self.topic_ids))]

    def _padded(self, phrase: str, lang: str) -> str:
        return f" {' '.join(expand(tokens(phrase), self.shorthand.get(lang, {})))} "

    def prepare(self, text: str, preferred_lang: str, detect: bool = True) -> Query:
        """`detect=False` for a piece of a message whose language is already known: a short
        sentence is a poorer guide to the language than the whole."""
        raw = tokens(text)[:200]
        lang = self.profile.detect(raw, has_vietnamese_marks(text), preferred_lang) \
            if detect else preferred_lang
        words = expand(raw, self.shorthand.get(lang, {}))
        return Query(lang, words, " ".join(words))

    def _stem(self, word: str) -> str:
        return self.stems.get(word) or stem(word)

    def _correct(self, words: Iterable[str]) -> list[str]:
        """Unknown words mapped to the nearest known word with the same first letter (typos
        rarely hit the first letter); at most `max_corrections` distinct words a message, so
        4,096 characters of unknown words cost no more than a normal long message."""
        out = []
        fixed: dict[str, str] = {}
        tried = 0
        for word in words:
            if word not in fixed:
                if len(word) < 4 or self._stem(word) in self.feature_id:
                    fixed[word] = word
                else:
                    candidates = self.words_by_initial.get(word[0], ())
                    best = process.extractOne(word, candidates, scorer=fuzz.ratio,
                                              score_cutoff=self.tuning.typo_cutoff) \
                        if candidates and tried < self.tuning.max_corrections else None
                    tried += 1
                    fixed[word] = best[0] if best else word
            out.append(fixed[word])
        return out

    def match(self, query: Query, exclude: int | None = None) -> Match:
        """Score every topic. `exclude` leaves one example out, for `check`'s cross-test."""
        tune = self.tuning
        if not query.words or not self.topic_ids or not len(self.example_topic):
            return Match(None, 0.0, (), query.lang)
        feats = set(features(self._correct(query.words), self.stems))
        known_feats = [f for f in feats if f in self.feature_id]
        known = [self.feature_id[f] for f in known_feats]
        unknown_words = sum(1 for f in feats if "_" not in f and f not in self.feature_id)
        q_mass = float(self.weight[known].sum()) + unknown_words * self.unknown + 1e-9
        if not known:
            return Match(None, 0.0, (), query.lang)
        w = self.weight[known]
        overlap = _accumulate(self.example_post, known, w, len(self.example_topic))
        recall = overlap / q_mass
        precision = overlap / self.example_mass
        b2 = tune.beta**2
        f_score = (1 + b2) * precision * recall / np.maximum(b2 * precision + recall, 1e-9)
        if exclude is not None:
            f_score[exclude] = 0.0
        best_example = np.maximum.reduceat(f_score, self.topic_start)
        if tune.runner_up_weight:
            best_example = best_example + tune.runner_up_weight * self._second_best(
                f_score, best_example)
        coverage = _accumulate(self.topic_post, known, w, len(self.topic_ids)) / q_mass
        scores = np.zeros(len(self.topic_ids))
        scores[self.present] = tune.example_weight * best_example
        scores += tune.topic_weight * coverage
        padded = f" {query.text} "
        signalled = tuple(sorted(self.signals.topics_in(query.words, padded)))
        for t in signalled:
            scores[t] += tune.signal_weight
        if self.needs:
            for t, phrases in self.needs.items():
                if not any(p in padded for p in phrases):
                    scores[t] = 0.0
        order = np.argsort(-scores)[: tune.fuzz_topics]
        scores = scores.copy()
        query_sorted = " ".join(sorted(query.words))
        for t, examples in self._best_examples(f_score, order).items():
            similar = max(fuzz.ratio(query_sorted, self.example_sorted[i]) for i in examples)
            scores[t] += tune.fuzz_weight * similar / 100.0
        order = order[np.argsort(-scores[order])]
        ranked = tuple((self.topic_ids[t], round(float(scores[t]), 4)) for t in order)
        # A signal phrase names what the message is about: never "only common words", even
        # when each of its words is common ("report" + "roblox").
        signal = max(float(w.max()), tune.min_signal if signalled else 0.0)
        # Its words one by one: a pair of common words ("được em") is rare, not a subject.
        single = max((weight for f, weight in zip(known_feats, w.tolist(), strict=True)
                      if "_" not in f), default=0.0)
        cases = frozenset(self.case_ids[n] for n in self.cases.topics_in(query.words, padded))
        # A few words, each of them common ("ok em", "bố xong chưa"): a rare pair of common
        # words names no subject unless it scores as surely as a whole question does.
        common = len(query.words) <= tune.few_words and ranked[0][1] < tune.sure \
            and max(single, signal if signalled else 0.0) < tune.min_signal \
            and ranked[0][0] not in self.small_talk
        return Match(self._decide(ranked, signal), ranked[0][1], ranked, query.lang,
                     tuple(self.topic_ids[t] for t in signalled), cases, common)

    def _second_best(self, f_score: np.ndarray, best: np.ndarray) -> np.ndarray:
        """Each topic's second-best example score: a story that touches two examples of one
        topic is more likely about it than one that touches a single example."""
        owner_best = best[self._owner_rank]
        masked = np.where(f_score >= owner_best, 0.0, f_score)
        return np.maximum.reduceat(masked, self.topic_start)

    def _best_examples(self, f_score: np.ndarray, topics: np.ndarray) -> dict[int, list[int]]:
        """Up to `fuzz_examples` best examples of each given topic, from one partial sort."""
        want = self.tuning.fuzz_examples
        pool = min(len(f_score), 64)
        top = np.argpartition(-f_score, pool - 1)[:pool]
        top = top[np.argsort(-f_score[top])]
        owners = self.example_topic[top]
        found: dict[int, list[int]] = {}
        for t in topics.tolist():
            chosen = top[owners == t][:want].tolist()
            if not chosen:
                start, end = self.topic_bounds[t]
                if end > start:
                    chosen = [start + int(np.argmax(f_score[start:end]))]
            if chosen:
                found[t] = chosen
        return found

    def _decide(self, ranked: tuple[tuple[str, float], ...], signal: float) -> str | None:
        """Answer when the best topic is clearly ahead: a long story scores low on every topic,
        so how far the winner leads counts as much as its score (calibrated on realistic
        messages with `python bot.py eval`). When the two leaders are neighbours (each lists
        the other as related), either answer helps and the other follows as a button, so the
        lead counts over the third. A message of only common words ("tài khoản", "help") is
        never answered outright, however well it scores."""
        tune = self.tuning
        best, s1 = ranked[0]
        if best == OUT_OF_SCOPE or signal < tune.min_signal:
            return None
        s2 = ranked[1][1] if len(ranked) > 1 else 0.0
        if len(ranked) > 1 and (best, ranked[1][0]) in self.neighbours:
            s2 = ranked[2][1] if len(ranked) > 2 else 0.0
        other_subject = dict(ranked).get(OUT_OF_SCOPE, 0.0)
        if s1 - other_subject < tune.out_of_scope_gap:
            return None
        if s1 >= tune.sure or s1 + tune.margin_weight * (s1 - s2) >= tune.confident:
            return best
        return None

    def suggestions(self, match: Match, limit: int = 3) -> tuple[str, ...]:
        if not match.ranked:
            return ()
        best, top = match.ranked[0]
        if best == OUT_OF_SCOPE:
            return ()
        floor = max(self.tuning.suggest, top * self.tuning.suggest_ratio)
        return tuple(t for t, s in match.ranked if s >= floor and t != OUT_OF_SCOPE)[:limit]


@dataclass(frozen=True)
class _Signals:
    """Signal phrases by their first word: a message is checked only for the phrases that
    start with one of its words, so thousands of signals cost a few lookups."""

    by_first: dict[str, list[tuple[int, int, int, str]]]  # word -> (topic, cue, part, phrase)
    parts: dict[tuple[int, int], int]  # (topic, cue) -> how many parts it has

    @classmethod
    def of(cls, topics: Iterable[tuple[int, list[list[list[str]]]]]) -> _Signals:
        by_first: dict[str, list[tuple[int, int, int, str]]] = {}
        parts: dict[tuple[int, int], int] = {}
        for topic, cues in topics:
            for c, groups in enumerate(cues):
                parts[(topic, c)] = len(groups)
                for g, group in enumerate(groups):
                    for phrase in group:
                        by_first.setdefault(phrase.split()[0], []).append((topic, c, g, phrase))
        return cls(by_first, parts)

    def topics_in(self, words: Iterable[str], padded: str) -> set[int]:
        found: dict[tuple[int, int], set[int]] = {}
        for word in set(words) & self.by_first.keys():
            for topic, c, g, phrase in self.by_first[word]:
                if phrase in padded:
                    found.setdefault((topic, c), set()).add(g)
        return {topic for (topic, c), groups in found.items()
                if len(groups) == self.parts[(topic, c)]}


@dataclass(frozen=True)
class _Postings:
    """Which rows hold each feature, as one array plus offsets (CSR): cheap to build and slice."""

    rows: np.ndarray
    starts: np.ndarray


def _postings(feature_sets: list[set[str]], ids: dict[str, int], size: int) -> _Postings:
    pairs = np.array([(ids[f], row) for row, feats in enumerate(feature_sets) for f in feats],
                     dtype=np.int64).reshape(-1, 2)
    order = np.argsort(pairs[:, 0], kind="stable")
    counts = np.bincount(pairs[:, 0], minlength=size)
    starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    return _Postings(pairs[order, 1], starts)


def _accumulate(postings: _Postings, known: list[int], weights: np.ndarray,
                size: int) -> np.ndarray:
    starts, ends = postings.starts[known], postings.starts[np.asarray(known) + 1]
    rows = np.concatenate([postings.rows[a:b] for a, b in zip(starts, ends, strict=True)])
    return np.bincount(rows, weights=np.repeat(weights, ends - starts),
                       minlength=size).astype(float)


def _signature(feature_sets: list[set[str]], owners: np.ndarray, ids: dict[str, int],
               n_topics: int) -> np.ndarray:
    """How much a feature marks one topic out from its nearest rival: the share of the topic's
    examples that hold it, minus the same share in the next topic. "tiktok" is in nearly every
    report_tiktok example and few of any other topic's, so it separates report_tiktok from
    report_instagram although TikTok is named across many topics. Sparse, so a content 20x
    larger costs memory in proportion."""
    pairs = np.array([ids[f] * n_topics + topic
                      for feats, topic in zip(feature_sets, owners.tolist(), strict=True)
                      for f in feats], dtype=np.int64)
    keys, counts = np.unique(pairs, return_counts=True)
    feature, topic = keys // n_topics, keys % n_topics
    sizes = np.bincount(owners, minlength=n_topics).astype(float)
    share = counts / np.maximum(sizes[topic], 1.0)
    order = np.lexsort((-share, feature))
    feature, share = feature[order], share[order]
    first = np.ones(len(feature), dtype=bool)
    first[1:] = feature[1:] != feature[:-1]
    best = np.zeros(len(ids))
    best[feature[first]] = share[first]
    second_at = np.flatnonzero(first) + 1
    second_ok = second_at < len(feature)
    second_at = second_at[second_ok]
    has_second = feature[second_at] == feature[second_at - 1]
    runner_up = np.zeros(len(ids))
    runner_up[feature[second_at[has_second]]] = share[second_at[has_second]]
    return np.clip(best - runner_up, 0.0, 1.0)
