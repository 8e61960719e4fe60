"""Parent or teen, from how the message is written, for people who never chose a role.

The wording of an answer differs for a parent ("talk with your child") and a teen ("tell an
adult you trust"); most people never press a role button, so the message itself decides.
Phrases live in intents/_audience.yaml; a parent phrase wins over a teen phrase because
parents also write about their child's "em" and "mình". An adult who is not the child's parent
(a teacher, a coach, a neighbour) is "adult": they act for the child as a parent does, and the
child's own words they quote must not make them a teen. A grandparent, aunt or uncle who looks
after the child is "family": they read the parent's texts in their own words.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.content import Content
from bot.normalize import Shorthand, expand, tokens

# The order a message's phrases are tried in: a grandmother's "cháu tôi" before the parent
# phrases it also holds.
ROLES = ("family", "parent", "adult", "teen")


class AudienceGuesser:
    def __init__(self, content: Content) -> None:
        self.phrases: dict[str, dict[str, frozenset[str]]] = {}
        tables: Mapping[str, Shorthand] = content.shorthand
        # "my 14yo sister": a parent's phrase followed by one of these is someone else's age.
        self.relatives: dict[str, frozenset[str]] = {}
        for cue in content.audience_cues.get("relatives", ()):
            self.relatives[cue.lang] = self.relatives.get(cue.lang, frozenset()) | frozenset(
                expand(tokens(cue.raw), tables.get(cue.lang, {}))[:1])
        for role in ROLES:
            per_lang: dict[str, set[str]] = {}
            for cue in content.audience_cues.get(role, ()):
                words = expand(tokens(cue.raw), tables.get(cue.lang, {}))
                per_lang.setdefault(cue.lang, set()).add(f" {' '.join(words)} ")
            self.phrases[role] = {lang: frozenset(p) for lang, p in per_lang.items()}

    def guess(self, words: tuple[str, ...], lang: str) -> str | None:
        """`words` are the message's folded words, shorthand expanded for `lang`."""
        padded = f" {' '.join(words)} "
        relatives = self.relatives.get(lang, frozenset())
        for role in ROLES:
            if any(p in padded and (role != "parent" or not relatives
                                    or _own(padded, p, relatives))
                   for p in self.phrases[role].get(lang, ())):
                return role
        return None


def _own(padded: str, phrase: str, relatives: frozenset[str]) -> bool:
    """Some use of the phrase is not followed by a relative ("my 14yo", not "my 14yo sister")."""
    at = padded.find(phrase)
    while at >= 0:
        after = padded[at + len(phrase):].split(" ", 1)[0]
        if after not in relatives:
            return True
        at = padded.find(phrase, at + 1)
    return False
