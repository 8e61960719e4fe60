"""The core: (snapshot, message, language, audience) → Reply. Pure: no I/O, no clock.

Order of concerns: crisis first (it decides what opens the reply), then the topic, then how
sure we are. A wrong confident answer is worse than a "did you mean", so unsure matches get
suggestions and 111 instead of an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot import LANGUAGES
from bot.crisis import Assessment, CrisisHit
from bot.matcher import Match
from bot.normalize import sentences
from bot.snapshot import Snapshot

Kind = Literal["answer", "suggest", "fallback", "empty"]
HOTLINE_ACTION = "hotline"
MAX_SENTENCES_READ = 4
MAX_STORY_SENTENCES = 6
MAX_TWO_REQUESTS_CHARS = 500
# Words that join a second question to the first: "also", "với lại", "sekalian".
_CONNECTORS = re.compile(
    r"(?i)\b(?:also|and also|plus|another thing|one more thing|với lại|vs lại|tiện thể|"
    r"thêm nữa|còn nữa|à mà|voi lai|tien the|sekalian|terus|oh iya|satu lagi)\b")


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
    """Answer one message. `audience` is the role the person chose; without one, the wording
    of the message decides."""
    lang = lang if lang in LANGUAGES else LANGUAGES[0]
    ui = snapshot.content.ui
    query = snapshot.index.prepare(text, lang)
    lang = query.lang
    reading = snapshot.crisis.assess(text)
    hit = reading.hit
    if not query.words and hit is None:
        return Reply(ui.text("empty", lang), (Button.hotline(snapshot, lang),), False, None, 0.0,
                     (), lang, "empty")
    audience = audience or snapshot.audience.guess(query.words, lang)
    match = snapshot.index.match(query)
    topics = snapshot.content.topics
    if hit is not None and hit.topic in topics:
        return _urgent(snapshot, reading, match, hit, lang, audience)
    if match.topic is not None:
        item = topics[match.topic]
        return Reply(item.text_for(lang, audience),
                     _buttons(snapshot, lang, match.topic, _second(snapshot, match)),
                     item.urgent and not reading.calmed, match.topic, match.score, (), lang,
                     "answer")
    asked = _two_requests(snapshot, reading, match, lang)
    if asked is not None:
        main, other = asked
        return Reply(topics[main].text_for(lang, audience),
                     _buttons(snapshot, lang, main, other), False, main, match.score, (), lang,
                     "answer")
    agreed = _sentences_agree(snapshot, text, match, lang)
    if agreed is not None:
        item = topics[agreed]
        return Reply(item.text_for(lang, audience),
                     _buttons(snapshot, lang, agreed, _second(snapshot, match)),
                     item.urgent and not reading.calmed, agreed, match.score, (), lang, "answer")

    suggestions = tuple(t for t in snapshot.index.suggestions(match) if t in topics)
    # Unsure, but the closest topic is about danger: 111 first all the same.
    maybe_danger = bool(suggestions) and topics[suggestions[0]].urgent and not reading.calmed
    if suggestions:
        body = ui.text("did_you_mean", lang)
        if maybe_danger:
            body = f"{banner(snapshot, lang, ())}\n\n{body}"
        kind: Kind = "suggest"
        shown = suggestions
    else:
        body = ui.text("fallback", lang)
        kind = "fallback"
        shown = tuple(t for t in ui.fallback_topics if t in topics)
    buttons = (Button.hotline(snapshot, lang), *(Button.topic(snapshot, t, lang) for t in shown))
    return Reply(body, buttons, maybe_danger, None, match.score, suggestions, lang, kind)


def _urgent(snapshot: Snapshot, reading: Assessment, match: Match, hit: CrisisHit, lang: str,
            audience: str | None) -> Reply:
    """Danger now: the urgent topic's answer (111 on its first line), whatever else the
    message asked; the other request waits behind a button."""
    topics = snapshot.content.topics
    plausible = [t for t in snapshot.index.suggestions(match) if t in topics]
    # The cue's group names the danger; when the ranking does not see it at all but puts another
    # urgent topic first, the ranking knows better ("goodbye, phone off" is about self-harm).
    chosen = hit.topic
    if hit.topic not in plausible and plausible and topics[plausible[0]].urgent:
        chosen = plausible[0]
    other = _other_request(snapshot, reading, lang)
    item = topics[chosen]
    body = item.text_for(lang, audience)
    if not item.urgent:
        body = f"{banner(snapshot, lang, hit.also_call)}\n\n{body}"
    return Reply(body, _buttons(snapshot, lang, chosen, other), True, chosen, match.score, (),
                 lang, "answer")


def _ordinary_asks(snapshot: Snapshot, pieces: list[str], lang: str) -> list[tuple[float, str]]:
    """What each piece asks, alone: (score, topic) for the pieces that are clearly about one
    ordinary (not urgent) topic."""
    topics = snapshot.content.topics
    found = []
    for piece in pieces[:MAX_SENTENCES_READ]:
        match = snapshot.index.match(snapshot.index.prepare(piece, lang))
        if match.topic is not None and not topics[match.topic].urgent:
            found.append((match.score, match.topic))
    return found


def _other_request(snapshot: Snapshot, reading: Assessment, lang: str) -> str | None:
    """The ordinary question asked beside the danger, if one sentence clearly asks one."""
    asks = _ordinary_asks(snapshot, list(reading.calm_sentences), lang)
    return max(asks)[1] if asks else None


def _two_requests(snapshot: Snapshot, reading: Assessment, match: Match,
                  lang: str) -> tuple[str, str] | None:
    """Two questions in one message leave no topic clearly ahead on the whole; asked one
    sentence at a time, each is clear. Answer the one the whole message ranks higher."""
    if sum(map(len, reading.calm_sentences)) > MAX_TWO_REQUESTS_CHARS:
        return None  # a long story, not two questions
    pieces = [u for sentence in reading.calm_sentences[:MAX_SENTENCES_READ]
              for u in _CONNECTORS.split(sentence) if u and len(u.split()) >= 3]
    if len(pieces) < 2:
        return None
    rank = {t: i for i, (t, _) in enumerate(match.ranked[:3])}
    found = sorted({t for _, t in _ordinary_asks(snapshot, pieces, lang) if t in rank},
                   key=rank.__getitem__)
    return (found[0], found[1]) if len(found) >= 2 else None


def _sentences_agree(snapshot: Snapshot, text: str, match: Match, lang: str) -> str | None:
    """A story scores low on the whole because most of it is context; when one of its
    sentences is clearly about the topic the whole ranks first, and no sentence is clearly
    about another, the story is about that topic."""
    if not match.ranked or match.ranked[0][0] not in snapshot.content.topics:
        return None
    pieces = sentences(text, MAX_STORY_SENTENCES)
    if len(pieces) < 2:
        return None
    clear = {snapshot.index.match(snapshot.index.prepare(p, lang)).topic
             for p in pieces[:MAX_STORY_SENTENCES]} - {None}
    return match.ranked[0][0] if clear == {match.ranked[0][0]} else None


def _second(snapshot: Snapshot, match: Match) -> str | None:
    """A close runner-up is likely the second thing the message asked about."""
    if len(match.ranked) < 2:
        return None
    (_, first), (second, score) = match.ranked[0], match.ranked[1]
    if second in snapshot.content.topics and score >= max(0.75 * first,
                                                          snapshot.index.tuning.suggest):
        return second
    return None


def _buttons(snapshot: Snapshot, lang: str, topic: str, other: str | None) -> tuple[Button, ...]:
    topics = snapshot.content.topics
    shown = [t for t in (other, *topics[topic].related) if t and t != topic and t in topics]
    return (Button.hotline(snapshot, lang),
            *(Button.topic(snapshot, t, lang) for t in dict.fromkeys(shown)))


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
