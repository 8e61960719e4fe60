"""A child online-safety FAQ bot: a pure core (content, matching, crisis detection, replies)
wrapped by thin shells (console chat, one-shot commands, Telegram)."""

LANGUAGES: tuple[str, ...] = ("vi", "en", "id")
# Written with marks (diacritics): a marked word is never another language's plain word.
MARKED_LANGUAGES: frozenset[str] = frozenset({"vi"})
AUDIENCES: tuple[str, ...] = ("parent", "teen")
