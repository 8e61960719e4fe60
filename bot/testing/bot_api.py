"""A local stand-in for the Telegram Bot API on 127.0.0.1.

The real python-telegram-bot Application talks to it over HTTP exactly as it talks to
api.telegram.org (point `base_url` here), so tests exercise the library's own request,
retry and rate-limit code instead of mocks of ours. It records every call, serves updates to
getUpdates, and can misbehave on request: 400, 429 with retry_after, 500, or hang.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import json
import socket
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import tornado.httpserver
import tornado.netutil
import tornado.web

Fault = Literal["400", "429", "500", "hang", "late", "migrate"]
MIGRATED_TO = -1009999
JSON_PARAMS = {"reply_markup", "allowed_updates", "commands", "options", "correct_option_ids",
               "entities", "scope", "link_preview_options", "reply_parameters", "message_ids"}
BOT_USER = {"id": 424242, "is_bot": True, "first_name": "SafeChat", "username": "safechat_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    answered: bool
    at: float


@dataclass
class BotApiStandIn:
    token: str = "123456:TEST-fake-token-do-not-log"
    hang_seconds: float = 3.0
    calls: list[Call] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _faults: dict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _message_ids: dict[int, itertools.count] = field(default_factory=dict)
    _new_update: asyncio.Event = field(default_factory=asyncio.Event)
    _seen: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    _delivered: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    _server: tornado.httpserver.HTTPServer | None = None
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", _Handler, {"api": self}),
                                       (r"/control/(\w+)", _Control, {"api": self})],
                                      log_function=lambda handler: None)
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1", family=socket.AF_INET)
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

    async def __aenter__(self) -> BotApiStandIn:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def fail(self, method: str, fault: Fault, times: int = 1) -> None:
        """The next `times` calls of `method` misbehave."""
        self._faults[method].extend([fault] * times)

    def push(self, update: dict[str, Any]) -> int:
        message = update.get("message")
        if message:  # remembered, so a reply to it carries it as Telegram's replies do
            self._seen[(message["chat"]["id"], message["message_id"])] = message
        update_id = next(self._ids)
        self._updates.append({"update_id": update_id, **update})
        self._new_update.set()
        return update_id

    def answered(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.answered]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages the bot delivered (the ones a person would see), optionally to one chat."""
        return [c for c in self.answered("sendMessage")
                if chat_id is None or int(c.params["chat_id"]) == chat_id]

    async def wait_for(self, condition: Callable[[], bool | Awaitable[bool]],
                       timeout: float = 15.0) -> None:
        """Until condition() holds; it may be a coroutine (a store read)."""
        deadline = time.monotonic() + timeout
        while not await _holds(condition):
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not do what was expected in time; "
                                   f"last calls: {[c.method for c in self.calls[-8:]]}")
            await asyncio.sleep(0.01)

    def _respond(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return 400, {"ok": False, "error_code": 400,
                         "description": f"Bad Request: method {method} not in the stand-in"}
        return 200, {"ok": True, "result": handler(params)}

    def _message(self, chat_id: int, text: str | None, **extra: Any) -> dict[str, Any]:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        message = {"message_id": next(counter), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                   "from": BOT_USER, **extra}
        if text is not None:
            message["text"] = text
        self._delivered[(chat_id, message["message_id"])] = message
        return message

    def press(self, chat_id: int, data: str, *, user_id: int, message_id: int | None = None,
              language_code: str = "vi") -> dict[str, Any]:
        """A press on a button under a message the bot sent (the last one to the chat unless
        `message_id` says which), as Telegram delivers it: with that message, including the
        message it replied to. `data` is whatever the (maybe modified) client sends."""
        if message_id is None:
            message_id = max(m for c, m in self._delivered if c == chat_id)
        message = self._delivered[(chat_id, message_id)]
        return {"callback_query": {"id": f"cb{time.monotonic_ns()}",
                                   "from": user(user_id, language_code),
                                   "chat_instance": str(chat_id), "data": data,
                                   "message": message}}

    def _api_getMe(self, params: dict[str, Any]) -> object:
        return BOT_USER

    def _api_deleteWebhook(self, params: dict[str, Any]) -> object:
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> object:
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> object:
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> object:
        return True

    def _api_setMyDescription(self, params: dict[str, Any]) -> object:
        return True

    def _api_setMyShortDescription(self, params: dict[str, Any]) -> object:
        return True

    def _api_deleteMessages(self, params: dict[str, Any]) -> object:
        return True

    def _api_sendMessage(self, params: dict[str, Any]) -> object:
        extra = {"reply_markup": params["reply_markup"]} if "reply_markup" in params else {}
        chat_id = int(params["chat_id"])
        replied = (params.get("reply_parameters") or {}).get("message_id")
        if replied is not None and (chat_id, int(replied)) in self._seen:
            extra["reply_to_message"] = self._seen[(chat_id, int(replied))]
        return self._message(chat_id, params["text"], **extra)

    def _api_editMessageText(self, params: dict[str, Any]) -> object:
        extra = {"reply_markup": params["reply_markup"]} if "reply_markup" in params else {}
        message = self._message(int(params["chat_id"]), params["text"], **extra)
        message["message_id"] = int(params["message_id"])
        return message

    def _api_sendPoll(self, params: dict[str, Any]) -> object:
        options = [{"text": o if isinstance(o, str) else o.get("text", ""), "voter_count": 0,
                    "persistent_id": str(n)} for n, o in enumerate(params.get("options", []))]
        poll = {"id": f"poll{next(self._ids)}", "question": params["question"],
                "options": options, "total_voter_count": 0, "is_closed": False,
                "is_anonymous": params.get("is_anonymous") == "true",
                "type": params.get("type", "regular"), "allows_multiple_answers": False,
                "allows_revoting": False, "members_only": False}
        if "correct_option_ids" in params:
            poll["correct_option_ids"] = params["correct_option_ids"]
        elif "correct_option_id" in params:
            poll["correct_option_id"] = int(params["correct_option_id"])
        return self._message(int(params["chat_id"]), None, poll=poll)

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates:
            self._new_update.clear()
            wait = min(float(params.get("timeout") or 0), 1.0)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), wait)
        limit = int(params.get("limit") or 100)
        return self._updates[:limit]


class _Handler(tornado.web.RequestHandler):
    def initialize(self, api: BotApiStandIn) -> None:
        self.api = api

    async def post(self, token: str, method: str) -> None:
        api = self.api
        params: dict[str, Any] = {}
        for key, values in self.request.body_arguments.items():
            raw = values[-1].decode("utf-8")
            params[key] = json.loads(raw) if key in JSON_PARAMS else raw
        call = Call(method, params, answered=False, at=time.monotonic())
        api.calls.append(call)
        if token != api.token:
            self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        faults = api._faults.get(method)
        fault = faults.popleft() if faults else None
        if fault == "late":  # carried out, but the answer comes after the client gave up
            status, body = api._respond(method, params)
            call.answered = status == 200
            await asyncio.sleep(api.hang_seconds)
            self._json(status, body)
            return
        if fault == "hang":
            await asyncio.sleep(api.hang_seconds)
            self._json(504, {"ok": False, "error_code": 504, "description": "Gateway Timeout"})
            return
        if fault == "429":
            self._json(429, {"ok": False, "error_code": 429,
                             "description": "Too Many Requests: retry after 1",
                             "parameters": {"retry_after": 1}})
            return
        if fault == "migrate":
            self._json(400, {"ok": False, "error_code": 400,
                             "description": "Bad Request: group chat was upgraded to a "
                                            "supergroup chat",
                             "parameters": {"migrate_to_chat_id": MIGRATED_TO}})
            return
        if fault == "400":
            self._json(400, {"ok": False, "error_code": 400,
                             "description": "Bad Request: chat not found"})
            return
        if fault == "500":
            self._json(500, {"ok": False, "error_code": 500,
                             "description": "Internal Server Error"})
            return
        if method == "getUpdates":
            status, body = 200, {"ok": True, "result": await api._get_updates(params)}
        else:
            status, body = api._respond(method, params)
        call.answered = status == 200
        self._json(status, body)

    def _json(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


class _Control(tornado.web.RequestHandler):
    """For a benchmark in another process: push updates, count delivered messages."""

    def initialize(self, api: BotApiStandIn) -> None:
        self.api = api

    def post(self, action: str) -> None:
        if action == "push":
            for update in json.loads(self.request.body):
                self.api.push(update)
            self.finish("ok")
        else:
            self.send_error(404)

    def get(self, action: str) -> None:
        if action == "sent":
            self.finish(str(len(self.api.answered("sendMessage"))))
        else:
            self.send_error(404)


async def serve_forever(port: int) -> None:
    """`python -m bot.testing.bot_api PORT`: the stand-in in a process of its own."""
    api = BotApiStandIn()
    app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", _Handler, {"api": api}),
                                   (r"/control/(\w+)", _Control, {"api": api})],
                                  log_function=lambda handler: None)
    server = tornado.httpserver.HTTPServer(app)
    server.listen(port, "127.0.0.1")
    print("ready", flush=True)
    await asyncio.Event().wait()


def user(user_id: int, language_code: str = "vi") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
            "language_code": language_code}


def message_update(chat_id: int, text: str | None = None, *, user_id: int | None = None,
                   language_code: str = "vi", message_id: int = 1,
                   chat_type: str = "private", reply_to_bot: bool = False,
                   edited: bool = False, **extra: Any) -> dict[str, Any]:
    """An update as Telegram sends it when someone writes to the bot."""
    sender = user(user_id or abs(chat_id), language_code)
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = sender["first_name"]
    else:
        chat["title"] = "Parents group"
    message: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat,
                               "from": sender, **extra}
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(command.encode("utf-16-le")) // 2}]
        mention = f"@{BOT_USER['username']}"
        if mention in text:
            message["entities"] = [*message.get("entities", []), {
                "type": "mention", "offset": _utf16_offset(text, text.index(mention)),
                "length": len(mention)}]
    if reply_to_bot:
        message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "chat": chat,
                                       "from": BOT_USER, "text": "…"}
    return {"edited_message" if edited else "message": message}


def callback_update(chat_id: int, data: str, *, user_id: int | None = None,
                    language_code: str = "vi", message_id: int = 1) -> dict[str, Any]:
    """An update for a press on one of the bot's inline buttons."""
    sender = user(user_id or abs(chat_id), language_code)
    message = {"message_id": message_id, "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER, "text": "…"}
    return {"callback_query": {"id": f"cb{time.monotonic_ns()}", "from": sender,
                               "chat_instance": str(chat_id), "data": data,
                               "message": message}}


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def poll_answer_update(poll_id: str, user_id: int, option: int,
                       language_code: str = "vi") -> dict[str, Any]:
    """An update for a person choosing an option in one of the bot's (non-anonymous) polls."""
    return {"poll_answer": {"poll_id": poll_id, "user": user(user_id, language_code),
                            "option_ids": [option], "option_persistent_ids": [str(option)]}}


if __name__ == "__main__":
    import sys

    asyncio.run(serve_forever(int(sys.argv[1])))


async def _holds(condition: Callable[[], bool | Awaitable[bool]]) -> bool:
    result = condition()
    return bool(await result) if inspect.isawaitable(result) else bool(result)
