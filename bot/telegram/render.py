"""Plain text from content → Telegram HTML: everything escaped, split under the 4,096 limit."""

from __future__ import annotations

import html

LIMIT = 4096


def plain(text: str) -> str:
    """Content text made safe for the bot's default HTML parse mode."""
    return html.escape(text, quote=False)


def bold(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


def html_chunks(text: str, limit: int = LIMIT, prefix: str = "") -> list[str]:
    """Escape `text` and cut it into messages of at most `limit` characters, at line breaks
    where possible, then at spaces, never inside an HTML entity. `prefix` is ready HTML."""
    pieces: list[str] = []
    for line in text.split("\n"):
        pieces.extend(_fit(line, limit))
    chunks: list[str] = []
    current = prefix
    for piece in pieces:
        escaped = html.escape(piece, quote=False)
        joined = f"{current}\n{escaped}" if current else escaped
        if len(joined) <= limit:
            current = joined
        else:
            chunks.append(current)
            current = escaped
    if current or not chunks:
        chunks.append(current)
    return [c for c in chunks if c.strip()] or [html.escape(text[:limit]) or "…"]


def _fit(line: str, limit: int) -> list[str]:
    """A raw line split so that each part's escaped form fits in `limit`."""
    if len(html.escape(line, quote=False)) <= limit:
        return [line]
    parts: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(html.escape(candidate, quote=False)) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while len(html.escape(word, quote=False)) > limit:
            cut = limit // 5
            parts.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        parts.append(current)
    return parts
