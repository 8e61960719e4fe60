"""The terminal chat: the same core as Telegram, on plain stdin/stdout, no token needed.

Buttons are shown numbered; typing the number presses it. Works piped (no prompt then), so
it doubles as a scripted smoke test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TextIO

from bot import AUDIENCES, LANGUAGES
from bot.quiz import QuizRound, pick_round, pick_tip
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
    quiz: QuizRound | None = None
    rng: random.Random = field(default_factory=random.Random)

    def greeting(self) -> str:
        ui = self.snapshot.content.ui
        return (f"{ui.text('welcome', self.lang)}\n{ui.text('help', self.lang)}\n"
                "(/lang vi|en|id · /role parent|teen · /quiz · /tip · /quit)")

    def handle(self, line: str) -> str:
        """One line typed by the user → what the bot prints."""
        text = line.strip()
        if self.quiz is not None:
            return self._quiz_step(text)
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
            case "/quiz":
                return self._start_quiz()
            case "/tip":
                tip = pick_tip(self.snapshot.content, self.audience, self.rng)
                return (f"{ui.text('tip_header', self.lang)} {tip.text[self.lang]}" if tip
                        else ui.text("quiz_none", self.lang))
        return self._show(compose(self.snapshot, text, self.lang, self.audience))

    def _start_quiz(self) -> str:
        ui = self.snapshot.content.ui
        scenarios = pick_round(self.snapshot.content, self.audience, self.rng)
        if not scenarios:
            return ui.text("quiz_none", self.lang)
        self.quiz = QuizRound(scenarios, self.lang)
        return f"{ui.text('quiz_intro', self.lang, total=str(len(scenarios)))}\n\n" \
            + self._question()

    def _question(self) -> str:
        assert self.quiz is not None and self.quiz.current is not None
        scenario, lang = self.quiz.current, self.quiz.lang
        options = scenario.options[lang]
        number = len(self.quiz.answers) + 1
        lines = [f"{number}/{len(self.quiz.scenarios)}. {scenario.question[lang]}"]
        lines += [f"  {i}) {option}" for i, option in enumerate(options, 1)]
        lines.append(self.snapshot.content.ui.text("quiz_answer_prompt", lang,
                                                   count=str(len(options))))
        return "\n".join(lines)

    def _quiz_step(self, text: str) -> str:
        quiz = self.quiz
        assert quiz is not None and quiz.current is not None
        ui, lang, scenario = self.snapshot.content.ui, quiz.lang, quiz.current
        if text.lower() in ("/stop", "/quit", "/exit"):
            self.quiz = None
            return ui.text("quiz_score", lang, score=str(quiz.score),
                           total=str(len(quiz.answers)))
        options = scenario.options[lang]
        if not (text.isdigit() and 1 <= int(text) <= len(options)):
            return ui.text("quiz_answer_prompt", lang, count=str(len(options)))
        right = quiz.answer(int(text) - 1)
        verdict = ui.text("quiz_right", lang) if right else ui.text(
            "quiz_wrong", lang, answer=options[scenario.correct])
        out = [verdict, scenario.explanation[lang], ""]
        if not quiz.done:
            return "\n".join([*out, self._question()])
        self.quiz = None
        out.append(ui.text("quiz_score", lang, score=str(quiz.score),
                           total=str(len(quiz.scenarios))))
        buttons: tuple[Button, ...] = ()
        if quiz.missed_topics:
            out.append(ui.text("quiz_review", lang))
            buttons = tuple(Button.topic(self.snapshot, t, lang) for t in quiz.missed_topics
                            if t in self.snapshot.content.topics)
        self.shown_lang = lang
        return self._show_text("\n".join(out), buttons)

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
