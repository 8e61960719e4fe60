"""The console chat as a newcomer uses it: no token, piped or typed."""

import subprocess
import sys

from bot.console import ConsoleChat
from tests.conftest import PROJECT


def test_piped_session_answers_and_follows_buttons():
    script = "/topics\n1\n1\n/lang en\nsomeone hacked my account\n/quit\n"
    result = subprocess.run([sys.executable, str(PROJECT / "bot.py"), "chat"],
                            input=script, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "111" in out
    assert "[1]" in out
    assert "lang = en" in out


def test_number_presses_the_button_shown(snapshot):
    chat = ConsoleChat(snapshot)
    menu = chat.handle("/topics")
    assert "[1]" in menu
    topics = chat.handle("1")
    assert "[1]" in topics
    first_topic = chat.buttons[0]
    answer = chat.handle("1")
    topic_id = first_topic.action.split(":", 1)[1]
    assert snapshot.content.topics[topic_id].text_for("vi", None) in answer


def test_role_switch_changes_the_audience(snapshot):
    chat = ConsoleChat(snapshot)
    assert chat.handle("/role teen") == "role = teen"
    assert chat.audience == "teen"
    assert "parent|teen" in chat.handle("/role nobody")


def test_console_quiz_round_scores_and_links_missed_topics(snapshot):
    chat = ConsoleChat(snapshot, lang="en")
    chat.rng.seed(3)
    first = chat.handle("/quiz")
    assert "1/5." in first
    assert "(1–" in chat.handle("nine")
    assert chat.quiz is not None and chat.quiz.answers == []
    out = ""
    for number in range(5):
        scenario = chat.quiz.current
        right = scenario.correct + 1
        out = chat.handle(str(right if number < 4 else right % len(scenario.options["en"]) + 1))
    assert "You got 4 of 5 right." in out
    assert chat.quiz is None
    assert any(b.action == f"topic:{scenario.topic}" for b in chat.buttons)


def test_console_tip_fits_the_role(snapshot):
    chat = ConsoleChat(snapshot, lang="vi", audience="parent")
    out = chat.handle("/tip")
    tips = [t for t in snapshot.content.tips if t.text["vi"] in out]
    assert len(tips) == 1 and tips[0].audience in ("parent", "both")


def test_ask_into_a_pipe_closed_early_ends_without_a_traceback():
    """`ask - | head -1`: the reader stops after one line; no traceback reaches the terminal."""
    ask = subprocess.Popen([sys.executable, str(PROJECT / "bot.py"), "ask", "-"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert ask.stdin is not None and ask.stdout is not None and ask.stderr is not None
    ask.stdin.write(("help me\n" * 2000).encode())  # fits the pipe's buffer
    ask.stdin.close()
    first = ask.stdout.readline()
    ask.stdout.close()
    errors = ask.stderr.read().decode()
    assert ask.wait(timeout=60) == 1
    assert first == b"" or b"111" in first
    assert "Traceback" not in errors, errors
