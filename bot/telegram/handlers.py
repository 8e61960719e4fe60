"""Telegram handlers: each turns an update into a call to the core and sends what it returns.

They keep no state of their own: the content snapshot and the store live in the
application's bot_data, so swapping the snapshot swaps it for every handler at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, ChatMigrated, TelegramError, TimedOut
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import AUDIENCES, LANGUAGES
from bot.live import ContentWatcher
from bot.redact import redact
from bot.reply import HOTLINE_ACTION, Reply, check_reply, compose, topic_reply
from bot.snapshot import Snapshot
from bot.store import Claim, Store
from bot.telegram import keyboards
from bot.telegram.delivery import URGENT
from bot.telegram.render import bold, html_chunks, plain
from bot.telegram.settings import SHARED_ACCOUNTS, Settings

log = logging.getLogger(__name__)
STATE = "state"
MAX_KEPT_PER_SENDER = 3
MAX_KEPT_CHARS = 1000
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
WAIT_STEP = 0.25
MAX_WAIT_FOR_OTHER_COPY = 60.0


@dataclass
class BotState:
    """What the handlers share; lives in application.bot_data, nowhere else."""

    snapshot: Snapshot
    store: Store
    settings: Settings
    content_root: Path
    topics_md: Path | None = None
    watcher: ContentWatcher = field(init=False)
    rng: random.Random = field(default_factory=random.Random)
    notice: str | None = None
    awaiting_check: dict[tuple[int, int], float] = field(default_factory=dict)
    presses: dict[tuple[int, int, int, str], float] = field(default_factory=dict)
    kept_day: date | None = None
    kept_by_sender: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.watcher = ContentWatcher(self.content_root)

    def today(self) -> date:
        """Days are counted in Vietnam time, where the families are."""
        return datetime.now(VIETNAM).date()

    async def record(self, reply: Reply, text: str, sender: int | None = None) -> None:
        """Counts only: which topic, which outcome, which day, never who. The text of a question
        that fell back is kept only when a moderator turned UNANSWERED_LOG on, redacted, and at
        most a few a day from one sender (counted in memory, never stored), so one person's
        copies cannot fill the moderators' view."""
        outcome = "urgent" if reply.urgent else {
            "answer": "answered", "check": "answered",
            "suggest": "suggested"}.get(reply.kind, "fallback")
        today = self.today()
        self.store.count(today, reply.topic, outcome)
        if outcome != "fallback" or not self.settings.unanswered_log:
            return
        if self.kept_day != today:
            self.kept_day, self.kept_by_sender = today, {}
        kept = self.kept_by_sender.get(sender or 0, 0)
        if kept >= MAX_KEPT_PER_SENDER:
            return
        self.kept_by_sender[sender or 0] = kept + 1
        await self.store.keep_unanswered(today, redact(text[:MAX_KEPT_CHARS]))


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.bot_data[STATE]


def own_account(update: Update) -> int | None:
    """The user id preferences may be stored under, or None for a shared account (every
    anonymous admin posts as one: one admin's /lang would change it for all of them)."""
    user = update.effective_user
    return user.id if user is not None and user.id not in SHARED_ACCOUNTS else None


async def lang_and_role(state: BotState, update: Update) -> tuple[str, str | None]:
    """One read of the user's preferences: the chosen language (else Telegram's
    language_code, else Vietnamese) and role."""
    user = update.effective_user
    if user is None:
        return LANGUAGES[0], None
    chosen = await state.store.preferences(user.id)
    if chosen.lang in LANGUAGES:
        return chosen.lang, chosen.role
    code = (user.language_code or "").split("-")[0].lower()
    return (code if code in LANGUAGES else LANGUAGES[0]), chosen.role


async def lang_of(state: BotState, update: Update) -> str:
    return (await lang_and_role(state, update))[0]


async def role_of(state: BotState, update: Update) -> str | None:
    return (await lang_and_role(state, update))[1]


async def send_text(message: Message, text: str, keyboard: InlineKeyboardMarkup | None = None,
                    prefix: str = "", urgent: bool = False) -> None:
    """Send escaped, split text; the keyboard goes under the last part. Urgent text takes the
    urgent lane and is re-sent after a timeout rather than risk being lost. In a group the
    reply answers the asker's message: Telegram then shows, with any press, whom it was for."""
    chunks = html_chunks(text, prefix=prefix)
    thread = message.message_thread_id if message.is_topic_message else None
    chat_id = message.chat_id
    asker = _asker_message(message)
    replying = ReplyParameters(asker, allow_sending_without_reply=True) if asker else None
    for number, chunk in enumerate(chunks, 1):
        markup = keyboard if number == len(chunks) else None
        limit = URGENT if urgent else None
        try:
            await message.get_bot().send_message(chat_id, chunk, message_thread_id=thread,
                                                 reply_markup=markup, rate_limit_args=limit,
                                                 reply_parameters=replying)
        except ChatMigrated as moved:  # the group became a supergroup: follow it
            chat_id, thread, replying = moved.new_chat_id, None, None
            await message.get_bot().send_message(chat_id, chunk, reply_markup=markup,
                                                 rate_limit_args=limit)


def _asker_message(message: Message) -> int | None:
    """In a group, the message of the person this reply is for: theirs, or the one the bot's
    pressed message answered."""
    if message.chat.type == ChatType.PRIVATE:
        return None
    if message.from_user is not None and not message.from_user.is_bot:
        return message.message_id
    replied = message.reply_to_message
    return replied.message_id if replied is not None else None


def owner_of(message: Message) -> int | None:
    """Whom a bot's message in a group was for: the sender of the message it replies to, as
    Telegram reports it (a modified client can forge callback data, not this)."""
    replied = message.reply_to_message
    return replied.from_user.id if replied is not None and replied.from_user else None


PRESS_WINDOW = 60.0
MAX_PRESSES = 50_000


async def press_refused(update: Update, state: BotState) -> bool:
    """A press counts only from the person the message was for, and once a minute per button:
    in a group, another member's press gets a short answer and changes nothing."""
    query = update.callback_query
    if query is None:
        return True
    message = query.message if isinstance(query.message, Message) else None
    if message is None:
        await query.answer()
        return True
    if message.chat.type != ChatType.PRIVATE and owner_of(message) != query.from_user.id:
        await query.answer(state.snapshot.content.ui.text("button_not_yours",
                                                           await lang_of(state, update)))
        return True
    now = time.monotonic()
    key = (query.from_user.id, message.chat.id, message.message_id, query.data or "")
    last = state.presses.get(key)
    if last is not None and now - last < PRESS_WINDOW:
        await query.answer()
        return True
    if len(state.presses) >= MAX_PRESSES:
        state.presses = {k: t for k, t in state.presses.items() if now - t < PRESS_WINDOW}
    state.presses[key] = now
    return False


async def send_reply(message: Message, state: BotState, reply: Reply, note: str = "") -> None:
    snapshot = state.snapshot
    prefix = ""
    if reply.kind == "answer" and reply.topic and not reply.urgent:
        prefix = bold(snapshot.content.topics[reply.topic].title_for(reply.lang))
    text = f"{reply.text}\n\n{note}" if note else reply.text
    await send_text(message, text, keyboards.for_reply(snapshot, reply), prefix, reply.urgent)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start, also from a deep link t.me/<bot>?start=<payload>: a topic id opens that answer;
    parent, teen, vi, en, id set the role or the language, then greet."""
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None:
        return
    payload = context.args[0] if context.args and len(context.args) == 1 else ""
    if own_account(update) is None:
        user = None  # a shared account: greet, store nothing
    if user is not None and payload in LANGUAGES:
        await state.store.set_lang(user.id, payload)
    elif user is not None and payload in AUDIENCES:
        await state.store.set_role(user.id, payload)
    lang, role = await lang_and_role(state, update)
    if payload in state.snapshot.content.topics:
        await send_reply(message, state, topic_reply(state.snapshot, payload, lang, role))
        return
    ui = state.snapshot.content.ui
    await send_text(message, ui.text("welcome", lang))
    if role is None:
        await send_text(message, ui.text("ask_role", lang), keyboards.roles(state.snapshot, lang))


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
Keyboard = Callable[[Snapshot, str], InlineKeyboardMarkup]


def ui_command(key: str, keyboard: Keyboard | None = None) -> Handler:
    """A command that answers with one interface text (and maybe a keyboard), in the user's
    language."""

    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        state, message = state_of(context), update.effective_message
        if message is None:
            return
        lang = await lang_of(state, update)
        markup = keyboard(state.snapshot, lang) if keyboard else None
        await send_text(message, state.snapshot.content.ui.text(key, lang), markup)

    return handler


help_command = ui_command("help")
hotline = ui_command("hotline", keyboards.hotline)
topics_command = ui_command("topics_header", keyboards.categories)
lang_command = ui_command("choose_lang", lambda snapshot, lang: keyboards.languages())
role_command = ui_command("ask_role", keyboards.roles)
privacy = ui_command("privacy", keyboards.clear_chat)


CLEAR_WINDOW = 48 * 3600  # Telegram lets a bot delete private-chat messages for 48 hours


def remember_sent(state: BotState, message: Message) -> None:
    """The id (never the text) of a message in a private chat, for /clear."""
    if message.chat.type == ChatType.PRIVATE:
        state.store.remember_message(message.chat.id, message.chat.id, message.message_id,
                                     time.time())


async def once(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An update Telegram delivers again (a webhook retry after a timeout, a restart before
    the offset was confirmed, another copy behind the load balancer) is answered once. While a
    live copy is still answering it, wait for that copy; when that copy died midway, answer."""
    store = state_of(context).store
    waited = 0.0
    while True:
        claim = await store.claim_update(update.update_id)
        if claim is Claim.MINE:
            return
        if claim is Claim.DONE or waited >= MAX_WAIT_FOR_OTHER_COPY:
            raise ApplicationHandlerStop
        await asyncio.sleep(WAIT_STEP)
        waited += WAIT_STEP


async def finished(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await state_of(context).store.finish_update(update.update_id)


async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is not None:
        remember_sent(state_of(context), message)


async def clear(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete this private chat's messages of the last 48 hours, both sides, then say so in a
    line that names no topic: a child can hide that they asked for help."""
    state, chat = state_of(context), update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    ids = await state.store.recent_messages(chat.id, time.time() - CLEAR_WINDOW)
    if update.message is not None and update.message.message_id not in ids:
        ids.append(update.message.message_id)  # the /clear itself
    await state.store.drop_messages(chat.id)
    for start in range(0, len(ids), 100):
        try:
            await context.bot.delete_messages(chat.id, ids[start:start + 100])
        except TelegramError as exc:
            log.warning("could not delete some messages: %s", type(exc).__name__)
    done = state.snapshot.content.ui.text("cleared", await lang_of(state, update))
    await context.bot.send_message(chat.id, plain(done))


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deletes every row that names this user, then confirms in the language they used."""
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await lang_of(state, update)
    await state.store.forget(user.id)
    await send_text(message, state.snapshot.content.ui.text("forgotten", lang))
    await state.store.forget(user.id)  # not even the id of the confirmation stays


CHECK_WAIT = 600  # after a bare /check, the next message within ten minutes is the one to read
MAX_WAITING_CHECKS = 10_000


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check <pasted message>: its red flags. /check alone asks for the message, and the
    next message of that person in that chat is read the same way."""
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang, role = await lang_and_role(state, update)
    written = (_written(message) or "").split(maxsplit=1)
    pasted = written[1] if len(written) > 1 else ""
    if not pasted.strip():
        now = time.monotonic()
        waiting = state.awaiting_check
        for key in [k for k, at in waiting.items() if now - at > CHECK_WAIT]:
            del waiting[key]
        if len(waiting) < MAX_WAITING_CHECKS:
            waiting[(user.id, message.chat_id)] = now
        await send_text(message, state.snapshot.content.scam.text("ask_for_message", lang))
        return
    await _send_check(message, state, pasted, lang, role)


async def _send_check(message: Message, state: BotState, pasted: str, lang: str,
                      role: str | None) -> None:
    if state.snapshot.crisis.assess(pasted).hit is not None:
        reply = compose(state.snapshot, pasted, lang, role)  # danger now first, flags under it
    else:
        reply = check_reply(state.snapshot, pasted, lang, role)
    await state.record(reply, "")  # a pasted message is never kept, whatever the settings
    await send_reply(message, state, reply)


def _awaited_check(state: BotState, update: Update) -> bool:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return False
    at = state.awaiting_check.pop((user.id, chat.id), None)
    return at is not None and time.monotonic() - at <= CHECK_WAIT


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message, or the caption of a photo or video (the media itself is never fetched)."""
    state, message = state_of(context), update.effective_message
    if message is None or _written(message) is None:
        return
    text = _written(message) or ""
    if _awaited_check(state, update):
        await _send_check(message, state, text, *(await lang_and_role(state, update)))
        return
    reply = compose(state.snapshot, text, *(await lang_and_role(state, update)))
    await state.record(reply, text, own_account(update))
    note = state.snapshot.content.ui.text("media_refused", reply.lang) \
        if message.effective_attachment else ""
    await send_reply(message, state, reply, note)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: answer when addressed; otherwise stay quiet unless it is urgent."""
    state, message = state_of(context), update.effective_message
    if message is None or _written(message) is None:
        return
    addressed, text = _addressed(message, context.bot.id, context.bot.username)
    # The stored role is private: in a group the wording comes from the message alone.
    reply = compose(state.snapshot, text, await lang_of(state, update), None)
    if not addressed and not reply.urgent:
        return
    await state.record(reply, text, own_account(update))
    note = state.snapshot.content.ui.text("group_private", reply.lang)
    await send_reply(message, state, reply, note)


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit is answered only when it makes the message urgent ("…em muốn tự tử" added):
    an ordinary edit already had its answer."""
    state, message = state_of(context), update.effective_message
    if message is None or _written(message) is None:
        return
    text = _addressed(message, context.bot.id, context.bot.username)[1]
    reply = compose(state.snapshot, text, *(await lang_and_role(state, update)))
    if reply.urgent:
        await state.record(reply, text, own_account(update))
        await send_reply(message, state, reply)


def _written(message: Message) -> str | None:
    return message.text if message.text is not None else message.caption


def _addressed(message: Message, bot_id: int, username: str | None) -> tuple[bool, str]:
    """Whether the bot was mentioned or replied to, and the text without the mention."""
    text = _written(message) or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True, text
    handle = f"@{username}".lower() if username else None
    entities = message.parse_entities if message.text is not None else \
        message.parse_caption_entities
    for entity, value in entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        mentioned = (entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
                     and entity.user.id == bot_id) or (handle and value.lower() == handle)
        if mentioned:
            return True, text.replace(value, " ")
    return False, text


async def media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, videos, files: never downloaded. Say why, and how to report instead."""
    state, message = state_of(context), update.effective_message
    if message is None:
        return
    if message.chat.type != ChatType.PRIVATE and not _addressed(
            message, context.bot.id, context.bot.username)[0]:
        return
    lang = await lang_of(state, update)
    ui = state.snapshot.content.ui
    keyboard = keyboards.for_reply(state.snapshot, topic_reply(state.snapshot, "save_evidence",
                                                               lang, None)) \
        if "save_evidence" in state.snapshot.content.topics else None
    await send_text(message, ui.text("media_refused", lang), keyboard)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message = state_of(context), update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        text = state.snapshot.content.ui.text("please_type", await lang_of(state, update))
        await send_text(message, text)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    state = state_of(context)
    if query is None or await press_refused(update, state):
        return
    snapshot = state.snapshot
    ui = snapshot.content.ui
    kind, values = keyboards.parse(query.data)
    user_id = query.from_user.id
    if kind == keyboards.FEEDBACK and len(values) == 2 and values[0] in snapshot.content.topics:
        voted_on = query.message
        key = f"{voted_on.chat.id}:{voted_on.message_id}" if voted_on else query.id
        await state.store.vote(state.today(), values[0], user_id, key, values[1] == "1")
        await query.answer(ui.text("feedback_thanks", await lang_of(state, update)))
        return
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    if kind == keyboards.LANG and values and values[0] in LANGUAGES:
        if own_account(update) is not None:
            await state.store.set_lang(user_id, values[0])
        await _edit(query.edit_message_text(plain(ui.text("lang_saved", values[0]))))
        return
    lang = await lang_of(state, update)
    if kind == keyboards.ROLE and values and values[0] in AUDIENCES:
        if own_account(update) is not None:
            await state.store.set_role(user_id, values[0])
        await _edit(query.edit_message_text(plain(ui.text(f"role_saved_{values[0]}", lang))))
    elif kind == keyboards.CATEGORY and values and values[0] in ui.categories:
        await _edit(query.edit_message_text(
            plain(ui.text("topics_header", lang)),
            reply_markup=keyboards.topics(snapshot, values[0], lang)))
    elif kind == keyboards.CATEGORY:
        await _edit(query.edit_message_text(plain(ui.text("topics_header", lang)),
                                            reply_markup=keyboards.categories(snapshot, lang)))
    elif kind == keyboards.TOPIC and values and values[0] in snapshot.content.topics \
            and message is not None:
        await send_reply(message, state, topic_reply(snapshot, values[0], lang,
                                                      await role_of(state, update)))
    elif kind == HOTLINE_ACTION and message is not None:
        await send_text(message, ui.text("hotline", lang))


async def _edit(call: Awaitable[object]) -> None:
    """Editing to identical content is refused by Telegram; that is not an error here."""
    try:
        await call
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what failed (type only: no token, no message text) and tell the user to retry."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed: %s", update_id, type(error).__name__)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, TimedOut):
        return  # the reply may well have arrived: an apology after it would only confuse
    state = state_of(context)
    try:
        await context.bot.send_message(
            update.effective_chat.id,
            plain(state.snapshot.content.ui.text("error", await lang_of(state, update))))
    except Exception as exc:
        log.warning("could not tell chat about the failure: %s", type(exc).__name__)
