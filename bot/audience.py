"""Parent or teen, from how the message is written, for people who never chose a role.

The wording of an answer differs for a parent ("talk with your child") and a teen ("tell an
adult you trust"); most people never press a role button, so the message itself decides.
Phrases live in intents/_audience.yaml; a parent phrase wins over a teen phrase because
parents also write about their child's "em" and "mình". An adult who is not the child's parent
(a teacher, a coach, a neighbour) is "adult": they act for the child as a parent does, and the
child's own words they quote must not make them a teen.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.content import Content
from bot.normalize import Shorthand, expand, tokens

ROLES = ("parent", "adult", "teen")  # the order a message's phrases are tried in


class AudienceGuesser:
    def __init__(self, content: Content) -> None:
        self.phrases: dict[str, dict[str, frozenset[str]]] = {}
        tables: Mapping[str, Shorthand] = content.shorthand
        for role in ROLES:
            per_lang: dict[str, set[str]] = {}
            for cue in content.audience_cues.get(role, ()):
                words = expand(tokens(cue.raw), tables.get(cue.lang, {}))
                per_lang.setdefault(cue.lang, set()).add(f" {' '.join(words)} ")
            self.phrases[role] = {lang: frozenset(p) for lang, p in per_lang.items()}

    def guess(self, words: tuple[str, ...], lang: str) -> str | None:
        """`words` are the message's folded words, shorthand expanded for `lang`."""
        padded = f" {' '.join(words)} "
        for role in ROLES:
            if any(p in padded for p in self.phrases[role].get(lang, ())):
                return role
        return None
