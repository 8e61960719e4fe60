"""Inline keyboards, and the short callback strings their buttons carry (≤ 64 bytes)."""

from __future__ import annotations

import re

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

from bot import AUDIENCES, LANGUAGES
from bot.reply import HOTLINE_ACTION, Reply
from bot.snapshot import Snapshot

TOPIC = "t"
CATEGORY = "menu"
ROLE = "role"
LANG = "lang"
FEEDBACK = "fb"
CLEAR = "clear"
HOTLINE_NUMBER = "111"
HOTLINE_SITE = "https://tongdai111.vn"  # ../shared/facts.md: 111's own channels
LANGUAGE_NAMES = {"vi": "🇻🇳 Tiếng Việt", "en": "🇬🇧 English", "id": "🇮🇩 Bahasa Indonesia"}


def callback(kind: str, *values: str) -> str:
    return ":".join((kind, *values))[:64]


_SMALL_NUMBER = re.compile(r"[0-9]{1,4}")


def small_int(text: str, low: int, high: int) -> int | None:
    """ASCII digits only: "²" and "٣" pass str.isdigit() but not int(), and come from
    whoever forges a button or types a command."""
    if not _SMALL_NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None


def parse(data: str | None) -> tuple[str, list[str]]:
    kind, *values = (data or "").split(":")
    return kind, values


def _action_data(action: str) -> str:
    if action == HOTLINE_ACTION:
        return HOTLINE_ACTION
    kind, _, value = action.partition(":")
    return callback(TOPIC, value) if kind == "topic" else action


def hotline_row(snapshot: Snapshot, lang: str) -> list[InlineKeyboardButton]:
    """Telegram refuses tel: links in buttons: copy the number, or open 111's website."""
    ui = snapshot.content.ui
    return [InlineKeyboardButton(ui.text("button_copy_hotline", lang),
                                 copy_text=CopyTextButton(HOTLINE_NUMBER)),
            InlineKeyboardButton(ui.text("button_hotline_site", lang), url=HOTLINE_SITE)]


def clear_button(snapshot: Snapshot, lang: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(snapshot.content.ui.text("button_clear", lang),
                                callback_data=CLEAR)


def clear_chat(snapshot: Snapshot, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[clear_button(snapshot, lang)]])


def hotline(snapshot: Snapshot, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([hotline_row(snapshot, lang)])


def for_reply(snapshot: Snapshot, reply: Reply) -> InlineKeyboardMarkup:
    """One button a row (titles are long on a phone), then 👍 / 👎 under an answer. An urgent
    reply gets 111 to copy and 111's website right under the hotline button."""
    rows = [[InlineKeyboardButton(b.label, callback_data=_action_data(b.action))]
            for b in reply.buttons]
    if reply.urgent:
        rows.insert(1, hotline_row(snapshot, reply.lang))
        rows.append([clear_button(snapshot, reply.lang)])
    if reply.kind == "answer" and reply.topic:
        up = InlineKeyboardButton("👍", callback_data=callback(FEEDBACK, reply.topic, "1"))
        down = InlineKeyboardButton("👎", callback_data=callback(FEEDBACK, reply.topic, "0"))
        rows.append([up, down])
    return InlineKeyboardMarkup(rows)


def categories(snapshot: Snapshot, lang: str) -> InlineKeyboardMarkup:
    ui = snapshot.content.ui
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(ui.category_titles[c].get(lang, c),
                               callback_data=callback(CATEGORY, c))]
         for c in ui.categories if snapshot.content.topics_in(c)])


def topics(snapshot: Snapshot, category: str, lang: str) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(t.title_for(lang), callback_data=callback(TOPIC, t.id))]
            for t in snapshot.content.topics_in(category)]
    rows.append([InlineKeyboardButton(snapshot.content.ui.text("back", lang),
                                      callback_data=callback(CATEGORY))])
    return InlineKeyboardMarkup(rows)


def roles(snapshot: Snapshot, lang: str) -> InlineKeyboardMarkup:
    ui = snapshot.content.ui
    return InlineKeyboardMarkup([[InlineKeyboardButton(ui.text(f"role_{role}", lang),
                                                       callback_data=callback(ROLE, role))
                                  for role in AUDIENCES]])


def languages() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(LANGUAGE_NAMES[lang],
                                                       callback_data=callback(LANG, lang))]
                                 for lang in LANGUAGES])
