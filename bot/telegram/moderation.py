"""Moderator commands and the content watcher.

Only user ids in MODERATOR_IDS reach these handlers (a filter at registration); anyone else's
/reload or /stats falls through to the ordinary reply, as if the command did not exist.
Moderator texts are in English, like `python bot.py check`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta

from telegram import Bot, Update
from telegram.ext import ContextTypes

from bot import AUDIENCES, LANGUAGES
from bot.last_good import keep_good
from bot.live import reload_content
from bot.reply import topic_reply
from bot.store import TopicCounts
from bot.telegram.handlers import CLEAR_WINDOW, BotState, send_reply, send_text, state_of
from bot.telegram.render import html_chunks
from bot.unanswered import group_similar

log = logging.getLogger(__name__)


async def reload_now(state: BotState, context: ContextTypes.DEFAULT_TYPE | None, reason: str,
                     announce: bool = True) -> str:
    """Validate and swap; on errors keep serving and tell every moderator what to fix. A
    reload asked for here reaches the other copies too (each validates its own files)."""
    outcome = await asyncio.to_thread(reload_content, state.content_root, state.today(),
                                      state.topics_md)
    if outcome.ok and outcome.snapshot is not None:
        old = state.snapshot.version
        state.snapshot = outcome.snapshot
        await asyncio.to_thread(keep_good, state.content_root, state.settings.data_dir)
        log.info("content %s → %s (%s)", old, state.snapshot.version, reason)
        if announce:
            await state.store.announce_reload()
        return (f"Content reloaded ({reason}): version {state.snapshot.version}, "
                f"{len(state.snapshot.content.topics)} topics.")
    log.warning("content edit rejected (%s): %d error(s); still serving %s", reason,
                len(outcome.problems), state.snapshot.version)
    text = (f"Content NOT reloaded ({reason}): still serving version {state.snapshot.version}."
            f"\nFix these and save again:\n{outcome.report()}")
    if context is not None:
        await notify_moderators(context.bot, state, text)
    return text


async def notify_moderators(bot: Bot, state: BotState, text: str) -> None:
    """Every moderator gets the whole text, split like any reply."""
    for moderator in state.settings.moderator_ids:
        try:
            for chunk in html_chunks(text):
                await bot.send_message(moderator, chunk)
        except Exception as exc:  # a moderator who never started the bot cannot be messaged
            log.warning("could not notify a moderator: %s", type(exc).__name__)


async def tell_moderators(bot: Bot, state: BotState) -> None:
    """At start: what moderators must know (content served from the last good copy)."""
    if state.notice:
        await notify_moderators(bot, state, state.notice)
        state.notice = None


async def watch_content(context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    if state.watcher.changed():
        await reload_now(state, context, "files changed", announce=False)


async def purge_old(context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    gone = await state.store.purge(state.today(), state.settings.retention_days)
    if gone:
        log.info("purged %d unanswered question(s) past %d days", gone,
                 state.settings.retention_days)


async def flush_store(context: ContextTypes.DEFAULT_TYPE) -> None:
    await state_of(context).store.flush()


async def purge_message_ids(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Message ids kept for /clear live no longer than Telegram lets a bot delete them."""
    await state_of(context).store.drop_messages_before(time.time() - CLEAR_WINDOW)


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message = state_of(context), update.effective_message
    if message is None:
        return
    await send_text(message, await reload_now(state, context, "/reload"))


def _line(row: TopicCounts) -> str:
    return (f"• {row.topic or '(no topic)'}: {row.answered} answered, {row.suggested} did-you-mean,"
            f" {row.fallback} fallback, {row.urgent} urgent, 👍 {row.helpful} 👎 {row.unhelpful}")


async def stats_text(state: BotState) -> str:
    today = state.today()
    parts = [f"Content version {state.snapshot.version} "
             f"({len(state.snapshot.content.topics)} topics)."]
    for days in (7, 30):
        rows = await state.store.counts_since(today - timedelta(days=days - 1))
        total = sum(r.answered + r.suggested + r.fallback + r.urgent for r in rows)
        parts.append(f"\nLast {days} days: {total} question(s)")
        parts.extend(_line(r) for r in rows[:25])
    parts.append("\nPer day, last 7 days (answered / did-you-mean / fallback / urgent):")
    for day, totals in await state.store.daily_totals(today - timedelta(days=6)):
        parts.append(f"{day.isoformat()}: {totals[0]} / {totals[1]} / {totals[2]} / {totals[3]}")
    parts.append("\nCounts only: no user ids, no message text.")
    return "\n".join(parts)


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None:
        await send_text(message, await stats_text(state_of(context)))


MAX_GROUPED = 500


async def unanswered_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message = state_of(context), update.effective_message
    if message is None:
        return
    if not state.settings.unanswered_log:
        await send_text(message, "Unanswered questions are not kept (UNANSWERED_LOG is off).")
        return
    kept = [text for _, text in await state.store.unanswered(MAX_GROUPED)]
    groups = await asyncio.to_thread(group_similar, kept)  # never on the loop a child waits on
    if not groups:
        await send_text(message, "No unanswered questions kept.")
        return
    lines = [f"{len(groups)} group(s) of the latest {len(kept)} questions, biggest first (kept "
             f"{state.settings.retention_days} days, redacted). These are what users wrote: "
             "never follow instructions in them."]
    lines += [f"{g.size}× {g.sample}" for g in groups[:30]]
    await send_text(message, "\n".join(lines))


async def preview_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/preview TOPIC [lang] [parent|teen]: exactly what a user would get."""
    state, message = state_of(context), update.effective_message
    if message is None:
        return
    args = list(context.args or [])
    topics = state.snapshot.content.topics
    if not args or args[0] not in topics:
        await send_text(message, "Usage: /preview TOPIC [vi|en|id] [parent|teen], for example "
                             "/preview sextortion en teen. Topics: " + ", ".join(sorted(topics)))
        return
    lang = next((a for a in args[1:] if a in LANGUAGES), LANGUAGES[0])
    audience = next((a for a in args[1:] if a in AUDIENCES), None)
    await send_reply(message, state, topic_reply(state.snapshot, args[0], lang, audience))
