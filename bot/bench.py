"""`bench`: match latency on the shipped content and on a synthetic content 20× larger, and
load time. A command that prints figures, never a timed test (CI machines are noisy)."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from bot.content import Content, Example, load_content
from bot.reply import compose
from bot.snapshot import Snapshot


@dataclass(frozen=True)
class Latency:
    label: str
    examples: int
    build_ms: float
    median_ms: float
    p99_ms: float
    queries: int

    def __str__(self) -> str:
        return (f"{self.label}: {self.examples} examples, index built in {self.build_ms:.0f} ms; "
                f"{self.queries} queries: median {self.median_ms:.3f} ms, "
                f"p99 {self.p99_ms:.3f} ms")


def queries_from(content: Content, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """Realistic messages: examples with one word dropped and one word swapped in from another
    example, so they are near, never equal, to what the index holds."""
    examples = [e for t in content.topics.values() for e in t.examples]
    out = []
    for _ in range(count):
        example = rng.choice(examples)
        words = example.text.split()
        if len(words) > 2:
            words.pop(rng.randrange(len(words)))
        words.insert(rng.randrange(len(words) + 1), rng.choice(rng.choice(examples).text.split()))
        out.append((" ".join(words), example.lang))
    return out


def long_messages(content: Content, rng: random.Random, count: int,
                  size: int = 1000) -> list[tuple[str, str]]:
    """Stories of `size` characters: examples of one language strung into sentences, the shape
    of a parent's long message."""
    by_lang: dict[str, list[str]] = {}
    for topic in content.topics.values():
        for example in topic.examples:
            by_lang.setdefault(example.lang, []).append(example.text)
    out = []
    for _ in range(count):
        lang = rng.choice(sorted(by_lang))
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(rng.choice(by_lang[lang]).rstrip("?.!") + ".")
        out.append((" ".join(parts)[:size], lang))
    return out


def unknown_words(rng: random.Random, count: int, size: int = 4096) -> list[tuple[str, str]]:
    """The worst text for the core: 4,096 characters of words it has never seen, some as one-word
    sentences."""
    out = []
    for number in range(count):
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < size:
            words.append("".join(rng.choice("abcdeghiklmnopqrstuvxy")
                                 for _ in range(rng.randint(4, 10))))
        joiner = ". " if number % 2 else " "
        out.append((joiner.join(words)[:size], "vi"))
    return out


def scaled(content: Content, factor: int, rng: random.Random) -> Content:
    """`factor` copies of every topic, each copy's examples reworded with words from elsewhere
    and a word of its own, so the vocabulary and the postings grow as a real content's would."""
    pool = [w for t in content.topics.values() for e in t.examples for w in e.text.split()]
    topics = dict(content.topics)
    for copy in range(1, factor):
        for topic in content.topics.values():
            new_id = f"{topic.id}_{copy}"
            examples = []
            for example in topic.examples:
                words = [rng.choice(pool) if rng.random() < 0.3 else w
                         for w in example.text.split()]
                words.append(f"{topic.id[:4]}{copy}")
                examples.append(Example(new_id, example.lang, " ".join(words), example.line))
            topics[new_id] = replace(topic, id=new_id, examples=tuple(examples))
    return replace(content, topics=MappingProxyType(topics))


def measure(label: str, content: Content, queries: Iterable[tuple[str, str]]) -> Latency:
    started = time.perf_counter()
    snapshot = Snapshot.build(content)
    build_ms = (time.perf_counter() - started) * 1000
    timings = []
    for text, lang in queries:
        started = time.perf_counter_ns()
        compose(snapshot, text, lang, None)
        timings.append((time.perf_counter_ns() - started) / 1e6)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    examples = sum(len(t.examples) for t in content.topics.values())
    return Latency(label, examples, build_ms, statistics.median(timings), p99, len(timings))


def _reader_line(content: Content, queries: list[tuple[str, str]], runs: int = 3) -> str:
    """What the red-flag reader alone adds to compose() on 1,000-character messages (its
    cache is bypassed: every reading is fresh). Each message is read in `runs` separate passes
    and its cost is the median of its readings: a message's own cost, not the moment another
    process held the core. The p99 of the first pass's single readings is shown beside it."""
    reader = Snapshot.build(content).redflags
    for text, lang in queries[:50]:
        reader._read(text, lang)  # warm-up: first-use costs are not a message's
    readings: list[list[float]] = [[] for _ in queries]
    for _ in range(runs):
        for taken, (text, lang) in zip(readings, queries, strict=True):
            started = time.perf_counter_ns()
            reader._read(text, lang)
            taken.append((time.perf_counter_ns() - started) / 1e6)
    costs = sorted(statistics.median(taken) for taken in readings)
    single = sorted(taken[0] for taken in readings)
    at = min(len(costs) - 1, int(len(costs) * 0.99))
    return (f"red-flag reader alone, 1,000-character messages: median "
            f"{costs[len(costs) // 2]:.2f} ms, p99 {costs[at]:.2f} ms (each message's median of "
            f"{runs} readings; single readings p99 {single[at]:.2f} ms; {len(costs)} messages)")


def run_bench(root: Path, count: int, factor: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    loads = []
    for _ in range(5):
        started = time.perf_counter()
        content, _ = load_content(root)
        Snapshot.build(content)
        loads.append((time.perf_counter() - started) * 1000)
    lines = [f"load (read, validate, index) of the shipped content: "
             f"median {statistics.median(loads):.0f} ms, worst {max(loads):.0f} ms "
             f"over {len(loads)} loads"]
    queries = queries_from(content, rng, count)
    measure("warm-up", content, queries[:50])
    lines.append(str(measure("shipped", content, queries)))
    lines.append(str(measure("shipped, 1,000-character messages", content,
                             long_messages(content, rng, count))))
    lines.append(str(measure("shipped, 4,096 characters of unknown words", content,
                             unknown_words(rng, max(count // 4, 50)))))
    lines.append(_reader_line(content, long_messages(content, rng, count)))
    big = scaled(content, factor, rng)
    lines.append(str(measure(f"synthetic x{factor}", big, queries_from(big, rng, count))))
    return lines
