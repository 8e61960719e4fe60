"""Never go silent: bad updates, edits and captions, restarts with broken content, a second
copy, a rejected token and refused settings, each the way it happens, against the real
Application (in this process or as `python bot.py`) and the Bot API stand-in."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import time
from pathlib import Path

from bot.testing.bot_api import BotApiStandIn, message_update
from bot.testing.harness import running, settings_for
from tests.conftest import PROJECT

URGENT_VI = "chào bạn, mình muốn tự tử"
MODERATOR = 777
PHOTO = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]


async def test_an_update_the_library_cannot_parse_is_skipped(bot, debug_log) -> None:
    api = bot.api
    bad = message_update(201, "số của em là 0912 345 678")
    bad["message"]["date"] = "yesterday"
    api.push(bad)
    api.push(message_update(202, URGENT_VI))
    await api.wait_for(lambda: len(api.sent(202)) == 1)
    assert "111" in api.sent(202)[0].params["text"].splitlines()[0]
    polls = len(api.answered("getUpdates"))
    await asyncio.sleep(1.0)
    assert len(api.answered("getUpdates")) - polls < 20, "getUpdates spins"
    logged = debug_log.getvalue()
    assert "0912" not in logged and "yesterday" not in logged
    assert "could not be read" in logged


async def test_a_photo_caption_is_read_and_the_photo_never_fetched(bot) -> None:
    api = bot.api
    api.push(message_update(203, None, caption="nó dọa tung ảnh nóng của em nếu không chuyển "
                            "tiền", photo=PHOTO))
    await api.wait_for(lambda: len(api.sent(203)) == 1)
    assert "111" in api.sent(203)[0].params["text"].splitlines()[0]
    assert not [c for c in api.calls if c.method == "getFile"]


async def test_an_edit_that_makes_a_message_urgent_is_answered(bot) -> None:
    api = bot.api
    api.push(message_update(204, "chào bạn", message_id=5))
    await api.wait_for(lambda: len(api.sent(204)) == 1)
    api.push(message_update(204, "chào bạn, em muốn tự tử", message_id=5, edited=True))
    await api.wait_for(lambda: len(api.sent(204)) == 2)
    assert "111" in api.sent(204)[1].params["text"].splitlines()[0]


async def test_moderator_commands_are_not_answered_in_a_group(api, snapshot, tmp_path) -> None:
    settings = settings_for(api, tmp_path, moderator_ids=frozenset({MODERATOR}))
    async with running(api, snapshot, settings):
        api.push(message_update(-300, "/stats", user_id=MODERATOR, chat_type="group"))
        api.push(message_update(MODERATOR, "/stats", message_id=2))
        await api.wait_for(lambda: len(api.sent(MODERATOR)) == 1)
        await asyncio.sleep(0.3)
    assert not api.sent(-300)


def _env(api: BotApiStandIn, data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "WEBHOOK"))}
    env.update({"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url,
                "DATA_DIR": str(data), "RELOAD_INTERVAL": "0", "REQUEST_TIMEOUT": "2",
                "PYTHONUNBUFFERED": "1", **extra})
    return env


async def _start(env: dict[str, str], content: Path = PROJECT,
                 *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, str(PROJECT / "bot.py"), "--content", str(content), *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def _finish(process: asyncio.subprocess.Process, timeout: float = 30) -> tuple[int, str]:
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    return process.returncode or 0, (out + err).decode("utf-8", "replace")


async def _stop(process: asyncio.subprocess.Process) -> tuple[int, str]:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    return await _finish(process)


async def _polling(api: BotApiStandIn, since: int = 0) -> None:
    await api.wait_for(lambda: len(api.answered("getUpdates")) > since, timeout=60)


async def test_a_restart_with_broken_content_serves_the_last_good_copy(api, tmp_path) -> None:
    content = tmp_path / "content"
    for folder in ("intents", "answers"):
        shutil.copytree(PROJECT / folder, content / folder)
    data = tmp_path / "data"
    env = _env(api, data, MODERATOR_IDS=str(MODERATOR))
    first = await _start(env, content)
    await _polling(api)
    await _stop(first)
    crisis = content / "intents" / "_crisis.yaml"
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("self_harm:", "self_harm: [", 1),
                      encoding="utf-8")
    before = len(api.answered("getUpdates"))
    second = await _start(env, content)
    try:
        await _polling(api, before)
        api.push(message_update(205, URGENT_VI))
        await api.wait_for(lambda: api.sent(205) and api.sent(MODERATOR), timeout=30)
    finally:
        await _stop(second)
    assert "111" in api.sent(205)[0].params["text"].splitlines()[0]
    notice = "\n".join(c.params["text"] for c in api.sent(MODERATOR))
    assert "intents/_crisis.yaml:" in notice and "last content that did" in notice


async def test_with_no_good_copy_broken_content_refuses_to_start(api, tmp_path) -> None:
    content = tmp_path / "content"
    for folder in ("intents", "answers"):
        shutil.copytree(PROJECT / folder, content / folder)
    crisis = content / "intents" / "_crisis.yaml"
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("self_harm:", "self_harm: [", 1),
                      encoding="utf-8")
    code, output = await _finish(await _start(_env(api, tmp_path / "data"), content))
    assert code == 2
    assert "intents/_crisis.yaml:" in output and "Traceback" not in output


async def test_a_second_copy_on_the_same_data_dir_refuses_to_start(api, tmp_path) -> None:
    env = _env(api, tmp_path / "data")
    first = await _start(env)
    try:
        await _polling(api)
        code, output = await _finish(await _start(env))
    finally:
        await _stop(first)
    assert code == 2
    assert "already running" in output and str(tmp_path / "data") in output


async def test_a_rejected_token_ends_with_one_line_and_never_shows_it(api, tmp_path) -> None:
    wrong = "987654:WRONG-token-that-must-not-appear"
    started = time.monotonic()
    code, output = await _finish(await _start(_env(api, tmp_path / "data",
                                                   TELEGRAM_BOT_TOKEN=wrong)))
    assert code == 1
    assert wrong not in output and "WRONG-token" not in output
    assert "rejected TELEGRAM_BOT_TOKEN" in output and "Traceback" not in output
    assert time.monotonic() - started < 30


async def test_webhook_settings_telegram_would_refuse_are_named_at_start(api, tmp_path) -> None:
    env = _env(api, tmp_path / "data", WEBHOOK_URL="http://bot.example.org/telegram",
               WEBHOOK_SECRET="has spaces!")
    code, output = await _finish(await _start(env, PROJECT, "--webhook"))
    assert code == 2
    assert "must be an https:// address" in output
    assert "WEBHOOK_SECRET may hold only" in output
    code, output = await _finish(await _start(_env(api, tmp_path / "d2", REQUEST_TIMEOUT="0")))
    assert code == 2 and "REQUEST_TIMEOUT=0" in output



async def test_a_moderator_notice_longer_than_a_message_arrives_whole(api, snapshot,
                                                                     tmp_path) -> None:
    from bot.telegram.handlers import STATE
    from bot.telegram.moderation import notify_moderators

    settings = settings_for(api, tmp_path, moderator_ids=frozenset({MODERATOR}))
    notice = "\n".join(f"answers/x.yaml:{n}: problem number {n} — fix it" for n in range(400))
    async with running(api, snapshot, settings) as bot:
        await notify_moderators(bot.application.bot, bot.application.bot_data[STATE], notice)
    sent = [c.params["text"] for c in api.sent(MODERATOR)]
    assert len(sent) > 1 and all(len(text) <= 4096 for text in sent)
    assert "problem number 399" in sent[-1]


async def test_a_group_that_became_a_supergroup_is_followed(api, snapshot, tmp_path) -> None:
    from bot.testing.bot_api import MIGRATED_TO

    settings = settings_for(api, tmp_path, tip_interval=0.5)
    async with running(api, snapshot, settings) as bot:
        api.fail("sendMessage", "migrate")
        api.push(message_update(-4100, "em muốn tự tử", user_id=41, chat_type="group"))
        await api.wait_for(lambda: len(api.sent(MIGRATED_TO)) == 1)
        assert "111" in api.sent(MIGRATED_TO)[0].params["text"].splitlines()[0]
        api.push(message_update(-4200, "/subscribe 7", user_id=42, chat_type="group"))
        await api.wait_for(lambda: len(api.sent(-4200)) >= 2)
        api.fail("sendMessage", "migrate")
        await api.wait_for(lambda: len(api.sent(MIGRATED_TO)) >= 2, timeout=10)
        state = bot.application.bot_data["state"]
        assert [s.chat_id for s in await state.store.subscriptions_of(42)] == [MIGRATED_TO]


async def test_a_webhook_telegram_refuses_ends_the_bot_with_its_reason(api, tmp_path) -> None:
    from bot.testing.ports import free_port

    port = free_port()
    api.fail("setWebhook", "400")
    env = _env(api, tmp_path / "data", WEBHOOK_URL="https://bot.example.org/telegram",
               WEBHOOK_SECRET="s3cret_ok", PORT=str(port), LISTEN="127.0.0.1")
    code, output = await _finish(await _start(env, PROJECT, "--webhook"))
    assert code == 1
    assert "Telegram refused to start the bot: Chat not found" in output
    assert api.token not in output and "Traceback" not in output


async def test_counts_kept_in_memory_are_written_on_sigterm(api, tmp_path) -> None:
    from datetime import date, timedelta

    from bot.store import open_store

    data = tmp_path / "data"
    bot = await _start(_env(api, data))
    try:
        await _polling(api)
        for n in range(12):
            api.push(message_update(800 + n, "Làm sao báo cáo video TikTok xấu?"))
        await api.wait_for(lambda: len(api.sent()) >= 12, timeout=30)
    finally:
        code, _ = await _stop(bot)
    assert code == 0
    store = await open_store(data)
    try:
        rows = await store.counts_since(date.today() - timedelta(days=1))
    finally:
        await store.close()
    assert sum(r.answered + r.suggested + r.fallback + r.urgent for r in rows) == 12


async def test_an_unreachable_database_is_named_in_one_line_without_its_password(
        api, tmp_path) -> None:
    from bot.testing.ports import free_port

    url = f"postgresql://bot:s3cretpw@127.0.0.1:{free_port()}/safechat"
    code, output = await _finish(await _start(_env(api, tmp_path / "data", DATABASE_URL=url)),
                                 timeout=60)
    assert code == 2
    assert "cannot reach PostgreSQL at 127.0.0.1" in output
    assert "s3cretpw" not in output and "Traceback" not in output and api.token not in output
