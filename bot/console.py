"""The terminal chat: the same core as Telegram, on plain stdin/stdout, no token needed.

Buttons are shown numbered; typing the number presses it. Works piped (no prompt then), so
it doubles as a scripted smoke test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from bot import AUDIENCES, LANGUAGES
from bot.reply import HOTLINE_ACTION, Button, Reply, compose, topic_reply
from bot.snapshot import Snapshot

QUIT = ("/quit", "/exit", "/q")


@dataclass
class ConsoleChat:
    snapshot: Snapshot
    lang: str = "vi"
    audience: str | None = None
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    shown_lang: str = "vi"

    def greeting(self) -> str:
        ui = self.snapshot.content.ui
        return (f"{ui.text('welcome', self.lang)}\n{ui.text('help', self.lang)}\n"
                "(/lang vi|en|id · /role parent|teen · /quit)")

    def handle(self, line: str) -> str:
        """One line typed by the user → what the bot prints."""
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.buttons):
            return self._press(self.buttons[int(text) - 1])
        command, _, argument = text.partition(" ")
        ui = self.snapshot.content.ui
        match command.lower():
            case "/start" | "/help":
                return self.greeting()
            case "/lang":
                if argument.strip() in LANGUAGES:
                    self.lang = argument.strip()
                    return f"lang = {self.lang}\n{ui.text('help', self.lang)}"
                return f"/lang {'|'.join(LANGUAGES)}  (now: {self.lang})"
            case "/role" | "/audience":
                if argument.strip() in AUDIENCES:
                    self.audience = argument.strip()
                    return f"role = {self.audience}"
                return f"/role {'|'.join(AUDIENCES)}  (now: {self.audience or '-'})"
            case "/hotline":
                return self._show_text(ui.text("hotline", self.lang), ())
            case "/topics":
                return self._categories()
        return self._show(compose(self.snapshot, text, self.lang, self.audience))

    def _press(self, button: Button) -> str:
        kind, _, value = button.action.partition(":")
        if button.action == HOTLINE_ACTION:
            return self._show_text(self.snapshot.content.ui.text("hotline", self.lang), ())
        if kind == "category":
            topics = self.snapshot.content.topics_in(value)
            return self._show_text(self.snapshot.content.ui.text("topics_header", self.lang),
                                   tuple(Button.topic(self.snapshot, t.id, self.lang)
                                         for t in topics))
        if kind == "topic" and value in self.snapshot.content.topics:
            return self._show(topic_reply(self.snapshot, value, self.shown_lang, self.audience))
        return self._show_text("?", ())

    def _categories(self) -> str:
        ui = self.snapshot.content.ui
        self.shown_lang = self.lang
        buttons = tuple(Button(ui.category_titles[c].get(self.lang, c), f"category:{c}")
                        for c in ui.categories if self.snapshot.content.topics_in(c))
        return self._show_text(ui.text("topics_header", self.lang), buttons)

    def _show(self, reply: Reply) -> str:
        self.shown_lang = reply.lang
        return self._show_text(reply.text, reply.buttons)

    def _show_text(self, text: str, buttons: tuple[Button, ...]) -> str:
        self.buttons = buttons
        lines = [text]
        if buttons:
            lines.append("  ".join(f"[{i}] {b.label}" for i, b in enumerate(buttons, 1)))
        return "\n".join(lines)


def run_console(snapshot: Snapshot, stdin: TextIO, stdout: TextIO, lang: str,
                interactive: bool) -> int:
    chat = ConsoleChat(snapshot, lang=lang)
    print(chat.greeting(), file=stdout)
    while True:
        if interactive:
            print("\n> ", end="", file=stdout, flush=True)
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            break
        if not line or line.strip().lower() in QUIT:
            break
        print(chat.handle(line), file=stdout, flush=True)
    return 0
