"""python bot.py: the Telegram bot (or, with no token, the console chat) and the subcommands
chat, ask, check, eval and bench.

Each parses its arguments, loads the content once and calls the core; no command prints a
stack trace for a mistake a moderator or newcomer can fix.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import AUDIENCES, LANGUAGES
from bot.content import Problem, errors
from bot.learned import DEFAULT_CALM_BELOW, DEFAULT_THRESHOLD
from bot.snapshot import Snapshot, load_snapshot

MAX_EXPORTED = 5000  # the latest ones; grouping grows faster than the list

if TYPE_CHECKING:
    from bot.telegram.settings import Settings

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_TOPICS = PROJECT.parent / "shared" / "topics.md"


def _stdin() -> TextIO:
    """Standard input that never raises on bytes that are not UTF-8, and that ends a line only
    at a line feed: a lone carriage return inside a question does not split it in two."""
    return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")


def _load(root: Path) -> Snapshot:
    snapshot, problems = load_snapshot(root)
    broken = errors(problems)
    if broken:
        print(f"note: {len(broken)} content problem(s); affected topics are left out. "
              "Run 'python bot.py check' to see them.", file=sys.stderr)
    return snapshot


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import run_console

    stdin = _stdin()
    return run_console(_load(args.content), stdin, sys.stdout, args.lang, sys.stdin.isatty())


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.reply import compose

    snapshot = _load(args.content)
    text = " ".join(args.text)
    if text == "-":
        for line in _stdin():
            reply = compose(snapshot, line.rstrip("\r\n"), args.lang, args.audience)
            print(json.dumps(reply.as_dict(), ensure_ascii=False) if args.json else reply.text,
                  flush=True)
        return 0
    reply = compose(snapshot, text, args.lang, args.audience)
    if args.json:
        print(json.dumps(reply.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(reply.text)
        for button in reply.buttons:
            print(f"  [{button.label}]")
    return 0


def _first_causes_first(problem: Problem) -> tuple[str, bool, str, int]:
    """A file that is not valid YAML explains most errors after it: show it first."""
    return problem.severity, not problem.message.startswith("YAML"), problem.path, problem.line


def cmd_check(args: argparse.Namespace) -> int:
    from bot.check import check_content

    snapshot, problems = check_content(args.content, date.today(), args.topics,
                                       cross_test=not args.fast)
    shown = problems if args.warnings else errors(problems)
    for problem in sorted(shown, key=_first_causes_first):
        print(problem)
    broken = errors(problems)
    warnings = len(problems) - len(broken)
    topics = len(snapshot.content.topics)
    examples = sum(len(t.examples) for t in snapshot.content.topics.values())
    print(f"{topics} topics, {examples} examples, content version {snapshot.version}: "
          f"{len(broken)} error(s), {warnings} warning(s)"
          + ("" if args.warnings or not warnings else " (see them with --warnings)"))
    return 1 if broken else 0


def cmd_learn(args: argparse.Namespace) -> int:
    from bot.content.loader import load_content
    from bot.learned import (
        LABELLED_SETS,
        LEARNED_FILE,
        SCAM_CATEGORY,
        LabelledSetError,
        digest,
        labelled_examples,
        learn,
        write,
    )

    folder = args.sets or args.content / LABELLED_SETS
    if not folder.is_dir():
        print(f"error: no labelled sets in {folder}; pass --sets FOLDER", file=sys.stderr)
        return 2
    try:
        examples = labelled_examples(folder)
    except LabelledSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    danger = sum(e.danger for e in examples)
    if not danger or danger == len(examples):
        print(f"error: {folder} needs messages labelled both urgent and not urgent "
              f"(found {danger} of {len(examples)} urgent)", file=sys.stderr)
        return 2
    if args.calm_below >= args.threshold:
        print(f"error: --calm-below ({args.calm_below}) must be below --threshold "
              f"({args.threshold})", file=sys.stderr)
        return 2
    content, _ = load_content(args.content)
    scam_topics = frozenset(t.id for t in content.topics_in(SCAM_CATEGORY))
    model = learn(examples, digest(folder), threshold=args.threshold,
                  calm_below=args.calm_below, scam_topics=scam_topics)
    write(model, args.content / LEARNED_FILE)
    print(f"learned from {len(examples)} messages ({danger} danger now) in {folder}: "
          f"{len(model.danger.weights)} weights, threshold {model.threshold}, "
          f"calm below {model.calm_below}; scam head {len(model.scam_now.weights)} weights "
          f"from {len(scam_topics)} scam topics; "
          f"wrote {LEARNED_FILE}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import EvalFileError, evaluate, load_cases

    snapshot = _load(args.content)
    try:
        cases = [case for path in args.files for case in load_cases(path)]
    except EvalFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = evaluate(snapshot, cases)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    if args.telegram and args.copies:
        from bot.testing.copies_bench import copies_throughput

        for line in copies_throughput(args.copies, args.updates):
            print(line, flush=True)
        return 0
    if args.telegram:
        from bot.testing.throughput import telegram_throughput

        for line in telegram_throughput(_load(args.content), args.updates):
            print(line, flush=True)
        return 0
    from bot.bench import run_bench

    for line in run_bench(args.content, args.queries, args.factor):
        print(line, flush=True)
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """The deep link a poster, a school message or a video can carry to open one answer."""
    snapshot = _load(args.content)
    known = [*snapshot.content.topics, *LANGUAGES, *AUDIENCES]
    if args.topic not in known:
        print(f"error: '{args.topic}' is not a topic id, a language (vi, en, id) or a role "
              "(parent, teen); python bot.py --help lists the commands, intents/ the topics",
              file=sys.stderr)
        return 2
    username = args.username.lstrip("@")
    print(f"https://t.me/{username}?start={args.topic}")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python bot.py", description=__doc__.split("\n")[0])
    root.add_argument("--content", type=Path, default=PROJECT,
                      help="folder holding intents/ and answers/ (default: the project)")
    root.add_argument("--webhook", action="store_true",
                      help="with a token: receive updates by webhook (WEBHOOK_URL, "
                           "WEBHOOK_SECRET, PORT) instead of long polling")
    sub = root.add_subparsers(dest="command")

    chat = sub.add_parser("chat", help="chat with the bot in this terminal (no token needed)")
    chat.add_argument("--lang", choices=LANGUAGES, default="vi")
    chat.set_defaults(func=cmd_chat)

    ask = sub.add_parser("ask", help="answer one question ('-' reads one per line from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--lang", choices=LANGUAGES, default="vi",
                     help="the user's language, used when the text does not decide it")
    ask.add_argument("--audience", choices=AUDIENCES, default=None)
    ask.add_argument("text", nargs="+", help="the question, or - for stdin")
    ask.set_defaults(func=cmd_ask)

    check = sub.add_parser("check", help="validate intents/ and answers/")
    check.add_argument("--topics", type=Path, default=DEFAULT_TOPICS,
                       help="the shared topic list (default: ../shared/topics.md)")
    check.add_argument("--warnings", action="store_true", help="show warnings too")
    check.add_argument("--fast", action="store_true",
                       help="skip the cross-test of every example (a second or so)")
    check.set_defaults(func=cmd_check)

    lrn = sub.add_parser("learn", help="learn the second reading of danger now from the "
                         "labelled sets (tests/data) into intents/_learned_danger.json")
    lrn.add_argument("--sets", type=Path, default=None, help="folder of labelled sets")
    lrn.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                     help="log-odds above which a message is read as danger now "
                          f"(default {DEFAULT_THRESHOLD})")
    lrn.add_argument("--calm-below", type=float, default=DEFAULT_CALM_BELOW,
                     help="log-odds below which a sure match to a danger topic, with no cue and "
                          f"no fear, is answered calmly (default {DEFAULT_CALM_BELOW})")
    lrn.set_defaults(func=cmd_learn)

    ev = sub.add_parser("eval", help="measure accuracy on labelled question files")
    ev.add_argument("files", nargs="+", type=Path)
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)

    unanswered = sub.add_parser("unanswered", help="export kept unanswered questions "
                                "(UNANSWERED_LOG=on) grouped by similarity, as CSV")
    unanswered.add_argument("--export", type=Path, required=True, metavar="FILE")
    unanswered.set_defaults(func=cmd_unanswered)

    link = sub.add_parser("link", help="print the deep link that opens one topic's answer")
    link.add_argument("topic", help="a topic id (e.g. sextortion), or vi/en/id, parent/teen")
    link.add_argument("--username", default=os.environ.get("BOT_USERNAME", "SafeChatBot"),
                      help="the bot's @username (default: $BOT_USERNAME)")
    link.set_defaults(func=cmd_link)

    bench = sub.add_parser("bench", help="print match latency and load time")
    bench.add_argument("--queries", type=int, default=2000)
    bench.add_argument("--factor", type=int, default=20)
    bench.add_argument("--telegram", action="store_true",
                       help="instead: updates per second end to end against a local Bot API "
                            "stand-in")
    bench.add_argument("--updates", type=int, default=1000)
    bench.add_argument("--copies", type=int, default=0,
                       help="with --telegram: N webhook copies on PostgreSQL beside one copy on "
                            "SQLite and one on PostgreSQL, and the store's latency per backend")
    bench.set_defaults(func=cmd_bench)
    return root


def _settings() -> Settings | None:
    """The environment's settings, or None after saying which variable is wrong."""
    from bot.telegram.settings import Settings, SettingsError

    try:
        return Settings.from_env(os.environ)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def cmd_unanswered(args: argparse.Namespace) -> int:
    """Export the kept (redacted) unanswered questions, grouped, for offline work."""
    import csv

    from bot.store import SchemaTooNew, open_store
    from bot.unanswered import group_similar

    settings = _settings()
    if settings is None:
        return 2
    database = settings.data_dir / "bot.sqlite3"
    if not settings.database_url and not database.is_file():
        print(f"error: no data at {database}; set DATA_DIR to the bot's data folder "
              "(or DATABASE_URL when the bot runs on PostgreSQL)", file=sys.stderr)
        return 2

    async def latest() -> list[tuple[date, str]]:
        store = await open_store(settings.data_dir, settings.database_url)
        try:
            return await store.unanswered(MAX_EXPORTED)
        finally:
            await store.close()

    try:
        kept = asyncio.run(latest())
    except (ConnectionError, SchemaTooNew) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    when = {text: day for day, text in kept}
    groups = group_similar([text for _, text in kept])
    with open(args.export, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["group", "group_size", "day", "question"])
        for number, group in enumerate(groups, 1):
            for text in group.texts:
                writer.writerow([number, group.size, when[text].isoformat(), _cell(text)])
    print(f"{len(kept)} question(s) in {len(groups)} group(s) written to {args.export}")
    return 0


def _cell(text: str) -> str:
    """A spreadsheet runs a cell that starts with = + - @ as a formula: keep it text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def cmd_run(args: argparse.Namespace) -> int:
    """No subcommand: the Telegram bot when a token is set, else the console chat."""
    settings = _settings()
    if settings is None:
        return 2
    if settings.token is None:
        from bot.telegram.run import NO_TOKEN

        print(NO_TOKEN, file=sys.stderr)
        return cmd_chat(argparse.Namespace(content=args.content, lang="vi"))
    from bot.telegram.run import run_bot

    topics = DEFAULT_TOPICS if DEFAULT_TOPICS.is_file() else None
    return run_bot(settings, args.content, topics, webhook=args.webhook)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command is None:
            return cmd_run(args)
        return int(args.func(args))
    except BrokenPipeError:
        # `ask - | head` closed the pipe: the reader has what it wanted, so no traceback.
        # stdout goes to devnull so Python's own flush at exit does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
