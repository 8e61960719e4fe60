"""A grandparent, aunt or uncle who looks after a child reads the parents' texts in their
own words: "con" is their "cháu", "your child" is "the child".

Most answers have a parent's text and no other adult's; writing each again for every relative
would double the content for a few words. The changes live in intents/_audience.yaml
(family_wording), where a moderator adds one line per word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.content import Content

# What the bot quotes from the message (“…”) stays as the person wrote it.
_QUOTE = "“[^”]*”"


class FamilyWording:
    def __init__(self, content: Content) -> None:
        self.changes: dict[str, Mapping[str, str]] = {}
        self.patterns: dict[str, re.Pattern[str]] = {}
        for lang, pairs in content.family_wording.items():
            changes = dict(pairs)
            # Longest first, so "con số" is tried before "con" at the same place.
            said = sorted(changes, key=len, reverse=True)
            words = "|".join(re.escape(phrase) for phrase in said)
            self.changes[lang] = changes
            self.patterns[lang] = re.compile(f"{_QUOTE}|(?<!\\w)(?:{words})(?!\\w)")

    def reword(self, text: str, lang: str) -> str:
        pattern = self.patterns.get(lang)
        if pattern is None:
            return text
        changes = self.changes[lang]
        return pattern.sub(lambda found: changes.get(found.group(0), found.group(0)), text)
