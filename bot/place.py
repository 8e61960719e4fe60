"""Which country a message says the family is in, when it says so.

Replies pick their numbers by language: Vietnamese and English texts lead with Vietnam's,
Indonesian texts with Indonesia's. A family writing Indonesian from Hanoi, or English about a
child in Jakarta, would call a number that does not answer there; the place they name puts
that country's line first. Phrases live in intents/_places.yaml.
"""

from __future__ import annotations

from bot.content import Content
from bot.normalize import expand, tokens

HOME = {"vi": "vietnam", "en": "vietnam", "id": "indonesia"}


class PlaceReader:
    def __init__(self, content: Content) -> None:
        self.phrases: dict[str, dict[str, frozenset[str]]] = {}
        for place, cues in content.places.items():
            per_lang: dict[str, set[str]] = {}
            for cue in cues:
                words = expand(tokens(cue.raw), content.shorthand.get(cue.lang, {}))
                per_lang.setdefault(cue.lang, set()).add(f" {' '.join(words)} ")
            self.phrases[place] = {lang: frozenset(p) for lang, p in per_lang.items()}

    def away(self, text: str, lang: str) -> str | None:
        """The one country the message names when it is not the language's usual one; None
        when it names none, both, or the usual one."""
        if not self.phrases:
            return None
        padded = f" {' '.join(tokens(text))} "
        named = [place for place, per_lang in self.phrases.items()
                 if any(p in padded for p in per_lang.get(lang, ()))]
        if len(named) != 1 or named[0] == HOME.get(lang):
            return None
        return named[0]
