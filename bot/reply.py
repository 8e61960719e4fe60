"""The core: (snapshot, message, language, audience) → Reply. Pure: no I/O, no clock.

Order of concerns: crisis first (it decides what opens the reply), then the topic, then how
sure we are. A wrong confident answer is worse than a "did you mean", so unsure matches get
suggestions and 111 instead of an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot import LANGUAGES
from bot.snapshot import Snapshot

Kind = Literal["answer", "suggest", "fallback", "empty"]
HOTLINE_ACTION = "hotline"


@dataclass(frozen=True)
class Button:
    label: str
    action: str

    @classmethod
    def topic(cls, snapshot: Snapshot, topic: str, lang: str) -> Button:
        return cls(snapshot.content.topics[topic].title_for(lang), f"topic:{topic}")

    @classmethod
    def hotline(cls, snapshot: Snapshot, lang: str) -> Button:
        return cls(snapshot.content.ui.text("button_hotline", lang), HOTLINE_ACTION)


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...]
    urgent: bool
    topic: str | None
    score: float
    suggestions: tuple[str, ...]
    lang: str
    kind: Kind

    def as_dict(self) -> dict[str, object]:
        return {
            "intent": self.topic, "score": round(self.score, 4), "urgent": self.urgent,
            "lang": self.lang, "suggestions": list(self.suggestions), "kind": self.kind,
            "text": self.text, "buttons": [[b.label, b.action] for b in self.buttons],
        }


def compose(snapshot: Snapshot, text: str, lang: str, audience: str | None) -> Reply:
    """Answer one message."""
    lang = lang if lang in LANGUAGES else LANGUAGES[0]
    ui = snapshot.content.ui
    query = snapshot.index.prepare(text, lang)
    lang = query.lang
    hit = snapshot.crisis.detect(text)
    if not query.words and hit is None:
        return Reply(ui.text("empty", lang), (Button.hotline(snapshot, lang),), False, None, 0.0,
                     (), lang, "empty")
    match = snapshot.index.match(query)
    topics = snapshot.content.topics
    topic = match.topic
    if hit is not None and (topic is None or not topics[topic].urgent) and hit.topic in topics:
        banner_topic = topic
        topic = hit.topic if topic is None else topic
    else:
        banner_topic = None
    urgent = hit is not None or (topic is not None and topics[topic].urgent)

    if topic is not None:
        body = topics[topic].text_for(lang, audience)
        if hit is not None and banner_topic is not None:
            body = f"{banner(snapshot, lang, hit.also_call)}\n\n{body}"
        related = [r for r in topics[topic].related if r in topics]
        buttons = (Button.hotline(snapshot, lang),
                   *(Button.topic(snapshot, r, lang) for r in related))
        return Reply(body, buttons, urgent, topic, match.score, (), lang, "answer")

    suggestions = snapshot.index.suggestions(match)
    if suggestions:
        body = ui.text("did_you_mean", lang)
        kind: Kind = "suggest"
        shown = suggestions
    else:
        body = ui.text("fallback", lang)
        kind = "fallback"
        shown = tuple(t for t in ui.fallback_topics if t in topics)
    buttons = (Button.hotline(snapshot, lang), *(Button.topic(snapshot, t, lang) for t in shown))
    return Reply(body, buttons, urgent, None, match.score, suggestions, lang, kind)


def banner(snapshot: Snapshot, lang: str, also_call: tuple[str, ...]) -> str:
    """The opening line of every urgent reply: 111 first, then the numbers for danger now."""
    ui = snapshot.content.ui
    lines = [ui.text("urgent_banner", lang)]
    for number in also_call:
        label = ui.numbers.get(number, {}).get(lang, number)
        lines.append(ui.text("also_call", lang, number=label))
    return "\n".join(lines)


def topic_reply(snapshot: Snapshot, topic: str, lang: str, audience: str | None) -> Reply:
    """A topic chosen from a button or menu: its answer, no matching involved."""
    item = snapshot.content.topics[topic]
    buttons = (Button.hotline(snapshot, lang),
               *(Button.topic(snapshot, r, lang) for r in item.related
                 if r in snapshot.content.topics))
    return Reply(item.text_for(lang, audience), buttons, item.urgent, topic, 1.0, (), lang,
                 "answer")
