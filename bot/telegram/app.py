"""Builds the python-telegram-bot Application: handlers registered in one place, flood
control by the library's AIORateLimiter, and the command menu set in every language."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from bot import LANGUAGES
from bot.snapshot import Snapshot
from bot.store import Store
from bot.telegram import handlers, keyboards, learning, moderation
from bot.telegram.delivery import ORDINARY_RATE, RetryingLimiter
from bot.telegram.forgiving import make_bot
from bot.telegram.handlers import STATE, BotState
from bot.telegram.priority import UrgentFirst
from bot.telegram.settings import Settings

log = logging.getLogger(__name__)
COMMANDS = {
    "start": handlers.start,
    "topics": handlers.topics_command,
    "hotline": handlers.hotline,
    "lang": handlers.lang_command,
    "role": handlers.role_command,
    "help": handlers.help_command,
    "quiz": learning.quiz,
    "tip": learning.tip,
    "subscribe": learning.subscribe,
    "unsubscribe": learning.unsubscribe,
    "privacy": handlers.privacy,
    "forget": handlers.forget,
    "clear": handlers.clear,
    "check": handlers.check,
}
MODERATOR_COMMANDS = {
    "reload": moderation.reload_command,
    "stats": moderation.stats_command,
    "unanswered": moderation.unanswered_command,
    "preview": moderation.preview_command,
}
NEW = filters.UpdateType.MESSAGE
FINISHED = 99  # after every other group: the update is answered
MEDIA = (filters.PHOTO | filters.VIDEO | filters.Document.ALL | filters.ANIMATION
         | filters.VIDEO_NOTE)
NOT_TEXT = (filters.Sticker.ALL | filters.VOICE | filters.AUDIO | filters.LOCATION
            | filters.CONTACT | filters.VENUE | filters.POLL | filters.Dice.ALL)


def build_application(settings: Settings, snapshot: Snapshot, store: Store,
                      content_root: Path, topics_md: Path | None = None) -> Application:
    if not settings.token:
        raise ValueError("a token is needed to build the Telegram application")
    inner = AIORateLimiter(overall_max_rate=ORDINARY_RATE,
                           max_retries=settings.max_retries) if settings.rate_limit else None
    limiter = RetryingLimiter(inner, attempts=settings.send_attempts)
    state = BotState(snapshot, store, settings, content_root, topics_md)
    processor = UrgentFirst(lambda text: state.snapshot.crisis.detect(text) is not None)
    bot = make_bot(settings, limiter, lambda message: handlers.remember_sent(state, message))
    application = (ApplicationBuilder().bot(bot)
                   .concurrent_updates(processor)
                   .post_init(_on_start)
                   .build())
    application.bot_data[STATE] = state
    add_handlers(application, settings.moderator_ids)
    add_jobs(application, settings)
    return application


def add_handlers(application: Application, moderator_ids: frozenset[int]) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    moderators = filters.User(user_id=moderator_ids, allow_empty=False)
    for name, callback in MODERATOR_COMMANDS.items():  # never in a group: kept questions
        application.add_handler(CommandHandler(name, callback,
                                               filters=NEW & moderators & private))
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=NEW))
    application.add_handler(MessageHandler(NEW & private & filters.COMMAND,
                                           handlers.help_command))
    application.add_handler(MessageHandler(NEW & private & filters.TEXT & ~filters.COMMAND,
                                           handlers.private_text))
    application.add_handler(MessageHandler(NEW & groups & filters.TEXT & ~filters.COMMAND,
                                           handlers.group_text))
    captioned = NEW & MEDIA & filters.CAPTION
    application.add_handler(MessageHandler(captioned & private, handlers.private_text))
    application.add_handler(MessageHandler(captioned & groups, handlers.group_text))
    application.add_handler(MessageHandler(NEW & MEDIA, handlers.media))
    application.add_handler(MessageHandler(
        filters.UpdateType.EDITED_MESSAGE & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND,
        handlers.edited))
    application.add_handler(MessageHandler(NEW & NOT_TEXT, handlers.not_text))
    application.add_handler(TypeHandler(Update, handlers.once), group=-2)
    application.add_handler(TypeHandler(Update, handlers.remember), group=-1)
    application.add_handler(TypeHandler(Update, handlers.finished), group=FINISHED)
    application.add_handler(CallbackQueryHandler(handlers.clear, pattern=f"^{keyboards.CLEAR}$"))
    application.add_handler(CallbackQueryHandler(learning.subscribe_button,
                                                 pattern=f"^{learning.SUBSCRIBE}:"))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(PollAnswerHandler(learning.poll_answer))
    application.add_error_handler(handlers.on_error)


LATE_RUNS_RUN = {"misfire_grace_time": None, "coalesce": True}


def add_jobs(application: Application, settings: Settings) -> None:
    """The content watcher and the retention purge, on the library's JobQueue. APScheduler
    skips a run more than a second late (its misfire grace): on a busy machine the first purge,
    due 0.1 s after start, was skipped for ten minutes. A late run is run."""
    jobs = application.job_queue
    if jobs is None:
        raise RuntimeError("python-telegram-bot was installed without the job-queue extra: "
                           "run pip install -e . again")
    if settings.reload_interval > 0:
        jobs.run_repeating(moderation.watch_content, interval=settings.reload_interval,
                           first=settings.reload_interval, name="watch_content",
                           job_kwargs=LATE_RUNS_RUN)
    jobs.run_repeating(moderation.purge_old, interval=timedelta(hours=6), first=1,
                       name="purge_unanswered", job_kwargs=LATE_RUNS_RUN)
    jobs.run_repeating(moderation.flush_store, interval=5, first=5, name="flush_store",
                       job_kwargs=LATE_RUNS_RUN)
    jobs.run_repeating(moderation.purge_message_ids, interval=timedelta(minutes=10), first=0.1,
                       name="purge_message_ids", job_kwargs=LATE_RUNS_RUN)
    learning.schedule_tips(application, application.bot_data[STATE])


async def _on_start(application: Application) -> None:
    state = application.bot_data[STATE]

    async def reload_announced() -> None:
        await moderation.reload_now(state, None, "another copy reloaded", announce=False)

    state.store.listen_for_reloads(reload_announced)
    await _set_commands(application)
    await moderation.tell_moderators(application.bot, application.bot_data[STATE])


async def _set_commands(application: Application) -> None:
    """The command menu and the bot's descriptions (the empty-chat screen and the share card)
    in each language; Vietnamese is also the default for everyone else. Moderators get their
    own commands in their own chat's menu."""
    state = application.bot_data[STATE]
    ui = state.snapshot.content.ui
    bot = application.bot
    for lang in (None, *LANGUAGES):
        shown = lang or LANGUAGES[0]
        commands = [BotCommand(name, ui.text(f"command_{name}", shown)) for name in COMMANDS]
        await bot.set_my_commands(commands, language_code=lang)
        await bot.set_my_description(ui.text("bot_description", shown), language_code=lang)
        await bot.set_my_short_description(ui.text("bot_short_description", shown),
                                           language_code=lang)
    every = [*COMMANDS, *MODERATOR_COMMANDS]
    for moderator in state.settings.moderator_ids:
        commands = [BotCommand(name, ui.text(f"command_{name}", "en")) for name in every]
        try:
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(moderator))
        except TelegramError as exc:  # a moderator who never opened the bot has no chat yet
            log.warning("no command menu for a moderator: %s", type(exc).__name__)

