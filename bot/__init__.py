"""A child online-safety FAQ bot: a pure core (content, matching, crisis detection, replies)
wrapped by thin shells (console chat, one-shot commands, Telegram)."""

LANGUAGES: tuple[str, ...] = ("vi", "en", "id")
AUDIENCES: tuple[str, ...] = ("parent", "teen")
