"""`eval`: how well the core answers labelled questions (the format of shared/eval/dev.yaml)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.reply import Reply, compose
from bot.snapshot import Snapshot

STYLE_LANGUAGE = {"vi": "vi", "nd": "vi", "tc": "vi", "en": "en", "id": "id"}


class EvalFileError(Exception):
    """A labelled file that cannot be read; the message says which and why."""


@dataclass(frozen=True)
class Case:
    text: str
    intents: tuple[str, ...]
    urgent: bool
    style: str
    kind: str = ""
    flags: tuple[str, ...] | None = None
    scam: bool | None = None

    @property
    def in_scope(self) -> bool:
        return bool(self.intents)

    @property
    def lang(self) -> str:
        return STYLE_LANGUAGE.get(self.style, "vi")


def load_cases(path: Path) -> list[Case]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvalFileError(f"{path}: cannot read labelled questions ({exc})") from exc
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a list of {{text:, intent:, style:}} items")
    cases = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict) or "text" not in item:
            raise EvalFileError(f"{path}: item {number} has no 'text'")
        intent = item.get("intent")
        intents = tuple(intent) if isinstance(intent, list) else (() if intent is None
                                                                   else (str(intent),))
        flags = item.get("flags")
        scam = item.get("scam")
        cases.append(Case(str(item["text"]), intents,
                          # a pasted sextortion threat is danger now, labelled or not
                          bool(item.get("urgent", scam is not None and "sextortion" in intents)),
                          str(item.get("style", "vi")), str(item.get("kind") or ""),
                          tuple(map(str, flags)) if isinstance(flags, list) else None,
                          bool(scam) if scam is not None else None))
    return cases


@dataclass
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.total += 1

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.hits}/{self.total} = {self.rate:.1%}" if self.total else "n/a"


@dataclass
class EvalReport:
    top1: Tally = field(default_factory=Tally)
    top3: Tally = field(default_factory=Tally)
    top1_special: Tally = field(default_factory=Tally)
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    urgent_by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    confident_wrong: Tally = field(default_factory=Tally)
    rejected: Tally = field(default_factory=Tally)
    urgent_recall: Tally = field(default_factory=Tally)
    false_urgent: Tally = field(default_factory=Tally)
    confused: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[tuple[Case, Reply]] = field(default_factory=list)
    scam_topic_first: Tally = field(default_factory=Tally)
    flags_found: Tally = field(default_factory=Tally)
    flags_wrong: Tally = field(default_factory=Tally)
    scams_warned: Tally = field(default_factory=Tally)
    ordinary_warned: Tally = field(default_factory=Tally)
    flag_recall: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    warned_by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    ordinary_by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    flag_misses: list[tuple[Case, Reply]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        def tally(t: Tally) -> dict[str, object]:
            return {"hits": t.hits, "total": t.total, "rate": round(t.rate, 4)}
        return {
            "in_scope_top1": tally(self.top1), "in_scope_top3": tally(self.top3),
            "in_scope_top1_special_cases": tally(self.top1_special),
            "by_style": {k: tally(v) for k, v in sorted(self.by_style.items())},
            "by_lang": {k: tally(v) for k, v in sorted(self.by_lang.items())},
            "by_kind": {k: tally(v) for k, v in sorted(self.by_kind.items())},
            "urgent_recall_by_kind": {k: tally(v) for k, v in sorted(self.urgent_by_kind.items())},
            "confidently_wrong": tally(self.confident_wrong),
            "out_of_scope_rejected": tally(self.rejected),
            "urgent_recall": tally(self.urgent_recall),
            "false_urgent": tally(self.false_urgent),
            **({"flags_found": tally(self.flags_found), "flags_wrong": tally(self.flags_wrong),
                "scams_warned": tally(self.scams_warned),
                "ordinary_warned": tally(self.ordinary_warned),
                "scam_topic_first": tally(self.scam_topic_first),
                "flag_recall": {k: tally(v) for k, v in sorted(self.flag_recall.items())}}
               if self.flags_found.total or self.scams_warned.total else {}),
            "confused_pairs": [{"expected": e, "got": g, "count": n}
                               for (e, g), n in self.confused.most_common()],
            "misses": [{"text": c.text, "expected": list(c.intents), "got": r.topic,
                        "kind": r.kind, "urgent": r.urgent, "score": round(r.score, 3)}
                       for c, r in self.misses],
        }

    def lines(self) -> list[str]:
        out = [f"in-scope top-1:        {self.top1}",
               f"in-scope top-3:        {self.top3}   (answer or among 'did you mean')",
               f"  special cases right:  {self.top1_special}   (top-1, also counting a special "
               "case of the labelled topic, e.g. stalking for urgent_help)",
               "  by style:   " + "  ".join(f"{k} {v}" for k, v in sorted(self.by_style.items())),
               "  by language: " + "  ".join(f"{k} {v}" for k, v in sorted(self.by_lang.items())),
               *(["  by kind:    " + "  ".join(f"{k} {v}" for k, v in sorted(self.by_kind.items()))]
                 if self.by_kind else []),
               f"answered confidently wrong: {self.confident_wrong}   (of in-scope messages; a "
               "special case of the label is not wrong)",
               f"out-of-scope rejected: {self.rejected}",
               f"urgent recall:         {self.urgent_recall}",
               *(["  by kind:    " + "  ".join(f"{k} {v}" for k, v in
                                           sorted(self.urgent_by_kind.items()))]
                 if self.urgent_by_kind else []),
               f"false urgent:          {self.false_urgent}"]
        if self.flags_found.total or self.scams_warned.total:
            out += [f"red flags found:       {self.flags_found}   (labelled, named)",
                    f"red flags wrong:       {self.flags_wrong}   (named flags not labelled)",
                    f"scams warned:          {self.scams_warned}",
                    f"scam topic first:      {self.scam_topic_first}   (the answer, or the "
                    "first topic button)",
                    "  by style:   " + "  ".join(f"{k} {v}" for k, v in
                                               sorted(self.warned_by_style.items())),
                    f"ordinary warned:       {self.ordinary_warned}",
                    "  by style:   " + "  ".join(f"{k} {v}" for k, v in
                                               sorted(self.ordinary_by_style.items())),
                    "  recall by flag: " + "  ".join(f"{k} {v}" for k, v in
                                                     sorted(self.flag_recall.items()))]
            out += [f"  [{c.style}] {c.text[:90]!r}: labelled {sorted(c.flags or ())}, "
                    f"named {sorted(r.flags)}{' WARNED' if r.scam_warning else ''}"
                    for c, r in self.flag_misses]
        if self.confused:
            out.append("confused pairs (expected → got):")
            out += [f"  {e} → {g}: {n}" for (e, g), n in self.confused.most_common(15)]
        if self.misses:
            out.append("misses:")
            out += [f"  [{c.style}] {c.text!r}: expected {'/'.join(c.intents) or 'none'}, "
                    f"got {r.topic or r.kind} {r.score:.2f}"
                    + (f" (suggested {', '.join(r.suggestions)})" if r.suggestions else "")
                    + (" URGENT" if r.urgent and not c.urgent else "")
                    for c, r in self.misses]
        return out


def evaluate(snapshot: Snapshot, cases: list[Case]) -> EvalReport:
    report = EvalReport()
    for case in cases:
        reply = compose(snapshot, case.text, case.lang, None)
        if case.in_scope:
            ok = reply.topic in case.intents
            special = ok or snapshot.crisis.refines.get(reply.topic or "") in case.intents
            report.top1.add(ok)
            report.top1_special.add(special)
            report.top3.add(ok or any(s in case.intents for s in reply.suggestions))
            report.by_style[case.style].add(ok)
            report.by_lang[case.lang].add(ok)
            report.confident_wrong.add(not special and reply.topic is not None)
            if case.kind:
                report.by_kind[case.kind].add(ok)
            if not ok:
                report.confused[(case.intents[0], reply.topic or reply.kind)] += 1
        else:
            ok = reply.topic is None
            report.rejected.add(ok)
            if case.kind:
                report.by_kind[case.kind].add(ok)
            if not ok:
                report.confused[("out-of-scope", reply.topic or reply.kind)] += 1
        if case.urgent:
            report.urgent_recall.add(reply.urgent)
            if case.kind:
                report.urgent_by_kind[case.kind].add(reply.urgent)
        else:
            report.false_urgent.add(reply.urgent)
        if not ok or reply.urgent != case.urgent:
            report.misses.append((case, reply))
        if case.flags is not None or case.scam is not None:
            _tally_flags(report, case, reply)
    return report


def _tally_flags(report: EvalReport, case: Case, reply: Reply) -> None:
    labelled, named = set(case.flags or ()), set(reply.flags)
    for flag in labelled:
        report.flags_found.add(flag in named)
        report.flag_recall[flag].add(flag in named)
    for flag in named:
        report.flags_wrong.add(flag not in labelled)
    if case.scam:
        report.scams_warned.add(reply.scam_warning)
        first = reply.topic or next((b.action.split(":", 1)[1] for b in reply.buttons
                                     if b.action.startswith("topic:")), None)
        report.scam_topic_first.add(first in case.intents)
        report.warned_by_style[case.style].add(reply.scam_warning)
    elif case.scam is not None:
        report.ordinary_warned.add(reply.scam_warning)
        report.ordinary_by_style[case.style].add(reply.scam_warning)
    if labelled != named or bool(case.scam) != reply.scam_warning:
        report.flag_misses.append((case, reply))
