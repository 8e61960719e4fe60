"""Strip what identifies a person from a message before it may be kept.

Used only for unanswered questions, and only when a moderator turned that log on. Err on the
side of removing too much: a question stays useful without its numbers and addresses.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|vn|id|io|me|info|xyz|app|link|ly|gg|co|biz|top)"
    r"(?:\.[a-z]{2})?(?:/\S*)?",
    re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_DIGITS_WITH_SEPARATORS = re.compile(r"\+?\d(?:[\s.\-()]*\d){4,}")

REPLACEMENTS = {"email": "[email]", "link": "[link]", "handle": "[handle]", "phone": "[phone]",
                "card": "[card or account number]", "number": "[number]"}


def _digits(match: re.Match[str]) -> str:
    raw = match.group(0)
    count = sum(ch.isdigit() for ch in raw)
    phone = raw.startswith("+") or (raw.startswith("0") and 9 <= count <= 13) or (
        raw.startswith(("84", "62")) and 10 <= count <= 13)
    if phone:
        return REPLACEMENTS["phone"]
    if count >= 12:
        return REPLACEMENTS["card"]
    return REPLACEMENTS["number"] if count >= 5 else raw


def redact(text: str) -> str:
    """'gọi 0912 345 678 hoặc mail a@b.vn' → 'gọi [phone] hoặc mail [email]'."""
    text = _EMAIL.sub(REPLACEMENTS["email"], text)
    text = _LINK.sub(REPLACEMENTS["link"], text)
    text = _HANDLE.sub(REPLACEMENTS["handle"], text)
    return _DIGITS_WITH_SEPARATORS.sub(_digits, text)
