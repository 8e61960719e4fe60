"""Learning by doing: quiz rounds as Telegram quiz polls, a tip on request, a daily tip.

A round in progress and a subscription are rows in the store, so they survive a restart and
reach every copy; /forget removes them.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Poll, Update
from telegram.error import ChatMigrated, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.quiz import QuizRound, pick_round, pick_tip, tip_of_the_day
from bot.reply import Button
from bot.store import QuizRecord, Subscription
from bot.telegram import keyboards
from bot.telegram.handlers import (
    VIETNAM,
    BotState,
    lang_of,
    own_account,
    press_refused,
    role_of,
    send_text,
    state_of,
)
from bot.telegram.render import plain

log = logging.getLogger(__name__)
HOURS = (6, 7, 12, 17, 19, 21)
SUBSCRIBE = "sub"
TICK = 20.0


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await lang_of(state, update)
    ui = state.snapshot.content.ui
    scenarios = pick_round(state.snapshot.content, await role_of(state, update), state.rng)
    if not scenarios:
        await send_text(message, ui.text("quiz_none", lang))
        return
    now = time.time()
    await state.store.prune_rounds(now - QUIZ_STALE)
    await state.store.start_round(user.id, message.chat_id, lang, [s.id for s in scenarios], now)
    await send_text(message, ui.text("quiz_intro", lang, total=str(len(scenarios))))
    await _next_poll(context, state, user.id, message.chat_id)


# Rounds left unfinished this long are deleted (with their polls) when the next one starts.
QUIZ_STALE = 3600.0


def round_of(state: BotState, record: QuizRecord) -> QuizRound | None:
    """The round a record stands for, in today's content; None when a reload removed one of
    its scenarios (the round then ends quietly)."""
    by_id = {s.id: s for s in state.snapshot.content.scenarios}
    if any(i not in by_id for i in record.scenarios):
        return None
    return QuizRound(tuple(by_id[i] for i in record.scenarios), record.lang,
                     list(record.answers))


async def _next_poll(context: ContextTypes.DEFAULT_TYPE, state: BotState, user_id: int,
                     chat_id: int) -> None:
    record = await state.store.quiz_round(user_id, chat_id)
    round_ = round_of(state, record) if record is not None else None
    scenario = round_.current if round_ is not None else None
    if record is None or round_ is None or scenario is None:
        return
    lang = round_.lang
    sent = await context.bot.send_poll(
        chat_id, plain(scenario.question[lang]), [plain(o) for o in scenario.options[lang]],
        is_anonymous=False, type=Poll.QUIZ, correct_option_ids=[scenario.correct],
        explanation=plain(scenario.explanation[lang]))
    if sent.poll is not None:
        await state.store.set_round_poll(record, sent.poll.id)  # one live poll per round


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Only the player's own answer counts: in a group anyone can vote on the poll. A retracted
    vote (no options) waits for the next one."""
    answer = update.poll_answer
    state = state_of(context)
    if answer is None or answer.user is None or not answer.option_ids:
        return
    record = await state.store.answer_round(answer.poll_id, answer.user.id,
                                            answer.option_ids[0])
    if record is None:
        return
    round_ = round_of(state, record)
    if round_ is not None and not round_.done:
        await _next_poll(context, state, record.user_id, record.chat_id)
        return
    await state.store.end_round(record.user_id, record.chat_id)
    if round_ is None:
        return
    chat_id = record.chat_id
    ui, lang = state.snapshot.content.ui, round_.lang
    text = ui.text("quiz_score", lang, score=str(round_.score), total=str(len(round_.scenarios)))
    markup = None
    missed = [t for t in round_.missed_topics if t in state.snapshot.content.topics]
    if missed:
        text += "\n" + ui.text("quiz_review", lang)
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(
            Button.topic(state.snapshot, t, lang).label,
            callback_data=keyboards.callback(keyboards.TOPIC, t))] for t in missed])
    await context.bot.send_message(chat_id, plain(text), reply_markup=markup)


async def tip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message = state_of(context), update.effective_message
    if message is None:
        return
    lang = await lang_of(state, update)
    chosen = pick_tip(state.snapshot.content, await role_of(state, update), state.rng)
    ui = state.snapshot.content.ui
    await send_text(message, f"{ui.text('tip_header', lang)} {chosen.text[lang]}" if chosen
                else ui.text("quiz_none", lang))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe 7 sets the hour at once; /subscribe alone offers hours as buttons. Never
    for a shared account (an anonymous group admin): nothing is stored under it."""
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None or user is None or own_account(update) is None:
        return
    lang = await lang_of(state, update)
    args = context.args or []
    if args and keyboards.small_int(args[0], 0, 23) is not None:
        await _subscribe(context, state, Subscription(user.id, message.chat_id, int(args[0]), lang))
        await send_text(message, state.snapshot.content.ui.text("subscribed", lang, hour=args[0]))
        return
    rows = [[InlineKeyboardButton(f"{h}:00", callback_data=keyboards.callback(SUBSCRIBE, str(h)))
             for h in HOURS[:3]],
            [InlineKeyboardButton(f"{h}:00", callback_data=keyboards.callback(SUBSCRIBE, str(h)))
             for h in HOURS[3:]]]
    await send_text(message, state.snapshot.content.ui.text("subscribe_ask", lang),
                InlineKeyboardMarkup(rows))


async def subscribe_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, state = update.callback_query, state_of(context)
    if query is None or await press_refused(update, state):
        return
    await query.answer()
    _, values = keyboards.parse(query.data)
    hour = keyboards.small_int(values[0], 0, 23) if len(values) == 1 else None
    if hour is None:
        return
    chat_id = query.from_user.id  # a press subscribes the presser's private chat, never a group
    lang = await lang_of(state, update)
    await _subscribe(context, state, Subscription(query.from_user.id, chat_id, hour, lang))
    await query.edit_message_text(plain(state.snapshot.content.ui.text("subscribed", lang,
                                                                       hour=values[0])))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state, message, user = state_of(context), update.effective_message, update.effective_user
    if message is None or user is None:
        return
    await state.store.unsubscribe(user.id)
    lang = await lang_of(state, update)
    await send_text(message, state.snapshot.content.ui.text("unsubscribed", lang))


async def _subscribe(context: ContextTypes.DEFAULT_TYPE, state: BotState,
                     sub: Subscription) -> None:
    """The slot it is now counts as sent: the first tip comes at the next one, not at once."""
    await state.store.subscribe(sub)
    now, interval = datetime.now(VIETNAM), state.settings.tip_interval
    if due_hour(now, interval) in (None, sub.hour):
        await state.store.claim_tip(sub.user_id, tip_slot(now, interval))


def tip_slot(now: datetime, interval: float) -> str:
    """The tip due now: one a day (Vietnam time), or one per TIP_INTERVAL_SECONDS when that
    is set."""
    if interval > 0:
        return f"every{interval:g}:{int(now.timestamp() // interval)}"
    return now.date().isoformat()


def due_hour(now: datetime, interval: float) -> int | None:
    """Daily tips go to the subscribers of this hour; with an interval, to everyone."""
    return None if interval > 0 else now.hour


def tick_seconds(interval: float) -> float:
    return min(max(interval / 2, 0.2), TICK) if interval > 0 else TICK


def schedule_tips(application: Application, state: BotState) -> None:
    """One repeating check on every copy; only the copy holding the tips lock sends."""
    jobs = application.job_queue
    if jobs is not None:
        every = tick_seconds(state.settings.tip_interval)
        jobs.run_repeating(send_due_tips, interval=every, first=every, name="tips")


async def send_due_tips(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Each tip is recorded for its subscriber and slot before it is sent: a copy that takes
    over from one that died midway never sends a tip twice (one may be lost)."""
    state = state_of(context)
    if not await state.store.lead("tips"):
        return
    now, interval = datetime.now(VIETNAM), state.settings.tip_interval
    slot = tip_slot(now, interval)
    for sub in await state.store.due_tips(slot, due_hour(now, interval)):
        if await state.store.claim_tip(sub.user_id, slot):
            await send_tip(context, state, sub)


async def send_tip(context: ContextTypes.DEFAULT_TYPE, state: BotState,
                   sub: Subscription) -> None:
    prefs = await state.store.preferences(sub.user_id)
    lang = prefs.lang or sub.lang
    chosen = tip_of_the_day(state.snapshot.content, prefs.role, state.today())
    if chosen is None:
        return
    text = plain(f"{state.snapshot.content.ui.text('tip_header', lang)} {chosen.text[lang]}")
    try:
        try:
            await context.bot.send_message(sub.chat_id, text)
        except ChatMigrated as moved:  # the group became a supergroup: the subscription follows
            sub = Subscription(sub.user_id, moved.new_chat_id, sub.hour, sub.lang)
            await state.store.subscribe(sub)
            await context.bot.send_message(sub.chat_id, text)
    except Forbidden:
        log.info("a subscriber blocked the bot; subscription removed")
        await state.store.unsubscribe(sub.user_id)
    except TelegramError as exc:
        log.warning("a daily tip was not delivered: %s", type(exc).__name__)
