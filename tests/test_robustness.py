"""Bad input never raises, in the core or on the command line."""

import itertools
import json
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reply import compose
from tests.conftest import PROJECT

NASTY = [
    "", " ", "\n\t  \r\n", "a" * 10_000, "lừa đảo " * 1500, "😭" * 50, "🚨🆘🙏",
    "\x00\x01\x02\x1b[31m", "\u200b\u200e\ufeff", "con tôi bị hack акаунт 账号被盗 حساب",
    "ko", "?", "1111111111", "<b>html</b> &amp; *markdown* _x_",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input_gets_a_reply(snapshot, text):
    reply = compose(snapshot, text, "vi", None)
    assert reply.text.strip()
    assert reply.buttons


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), lang=st.sampled_from(["vi", "en", "id", "xx"]),
       audience=st.sampled_from([None, "parent", "teen", "other"]))
def test_any_text_gets_a_reply(snapshot, text, lang, audience):
    reply = compose(snapshot, text, lang, audience)
    assert reply.text.strip()
    assert reply.lang in ("vi", "en", "id")
    assert 0.0 <= reply.score <= 2.0


def test_ask_reads_invalid_utf8_from_stdin_one_json_per_line():
    lines = [b"con toi bi hack acc", b"\xff\xfe\xc3(", b"", "Tôi muốn chết".encode(),
             "ảnh".encode()[:-1]]
    result = subprocess.run(
        [sys.executable, str(PROJECT / "bot.py"), "ask", "--json", "-"],
        input=b"\n".join(lines) + b"\n", capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == len(lines)
    for row in rows:
        assert {"intent", "score", "urgent", "lang", "suggestions", "text"} <= row.keys()
    assert rows[0]["intent"] == "account_hacked"
    assert rows[3]["urgent"] is True


def test_ask_keeps_a_lone_carriage_return_inside_its_line():
    result = subprocess.run(
        [sys.executable, str(PROJECT / "bot.py"), "ask", "--json", "-"],
        input="con toi bi hack\racc facebook\nem muốn tự tử\r\n".encode(), capture_output=True,
        timeout=60)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 2
    assert rows[1]["urgent"] is True


def test_nested_yaml_aliases_are_refused_before_they_expand():
    from bot.content.yamlfile import parse

    names = "abcdefghi"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{k}: &{k} [{', '.join([f'*{p}'] * 9)}]\n" for p, k in itertools.pairwise(names))
    started = time.monotonic()
    data, problems = parse("intents/bomb.yaml", bomb)
    assert data is None
    assert problems and problems[0].line == 1 and "alias" in problems[0].message
    assert time.monotonic() - started < 5
