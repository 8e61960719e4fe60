"""Every setting comes from the environment; the README lists them with their defaults."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from telegram.constants import ChatID

WEBHOOK_PORTS = (443, 80, 88, 8443)
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class SettingsError(Exception):
    """A setting that cannot work; the message says which variable and what to put there."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = 8443
    listen: str = "0.0.0.0"
    data_dir: Path = Path("data")
    rate_limit: bool = True
    max_retries: int = 3
    log_level: str = "INFO"
    timeout: float = 10.0
    send_attempts: int = 4
    moderator_ids: frozenset[int] = frozenset()
    unanswered_log: bool = False
    retention_days: int = 30
    reload_interval: float = 5.0
    tip_interval: float = 0.0
    database_url: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        def number(name: str, default: int) -> int:
            raw = env.get(name, "").strip()
            if not raw:
                return default
            if not _WHOLE_NUMBER.fullmatch(raw):
                raise SettingsError(f"{name}={raw!r} is not a whole number; for example {name}="
                                    f"{default}")
            return int(raw)

        timeout = number("REQUEST_TIMEOUT", 10)
        if timeout <= 0:
            raise SettingsError("REQUEST_TIMEOUT=0 would wait forever on a request that hangs; "
                                "give the seconds to wait, for example REQUEST_TIMEOUT=10")
        base_url = env.get("TELEGRAM_BASE_URL", "").strip() or None
        if base_url and not base_url.startswith(("http://", "https://")):
            raise SettingsError(f"TELEGRAM_BASE_URL={base_url!r} must start with http:// or "
                                "https://, for example http://127.0.0.1:8081/bot")
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            base_url=base_url,
            webhook_url=env.get("WEBHOOK_URL", "").strip() or None,
            webhook_secret=env.get("WEBHOOK_SECRET", "").strip() or None,
            port=number("PORT", 8443),
            listen=env.get("LISTEN", "0.0.0.0").strip() or "0.0.0.0",
            data_dir=Path(env.get("DATA_DIR", "").strip() or "data"),
            rate_limit=env.get("RATE_LIMIT", "on").strip().lower() not in ("off", "0", "no"),
            max_retries=number("RATE_LIMIT_RETRIES", 3),
            log_level=(env.get("LOG_LEVEL", "INFO").strip() or "INFO").upper(),
            timeout=float(timeout),
            send_attempts=max(1, number("SEND_ATTEMPTS", 4)),
            moderator_ids=_ids(env.get("MODERATOR_IDS", "")),
            unanswered_log=env.get("UNANSWERED_LOG", "off").strip().lower() in ("on", "1", "yes"),
            retention_days=max(1, number("RETENTION_DAYS", 30)),
            reload_interval=float(number("RELOAD_INTERVAL", 5)),
            tip_interval=float(number("TIP_INTERVAL_SECONDS", 0)),
            database_url=_database_url(env.get("DATABASE_URL", "").strip()),
        )

    def webhook_problems(self) -> list[str]:
        problems = []
        if not self.webhook_url:
            problems.append("WEBHOOK_URL is not set: give the public https:// address Telegram "
                            "should call, e.g. WEBHOOK_URL=https://bot.example.org/telegram")
        if not self.webhook_secret:
            problems.append("WEBHOOK_SECRET is not set: choose a random string of 1-256 letters, "
                            "digits, _ or -; Telegram sends it back and other callers are refused")
        elif not _SECRET.fullmatch(self.webhook_secret):
            problems.append("WEBHOOK_SECRET may hold only 1-256 letters A-Z a-z, digits, _ and -"
                            " (Telegram refuses anything else); choose a new random one")
        if self.webhook_url:
            url = urlsplit(self.webhook_url)
            try:
                port = url.port or 443
            except ValueError:
                port = -1
            if url.scheme != "https" or not url.hostname:
                problems.append(f"WEBHOOK_URL={self.webhook_url!r} must be an https:// address "
                                "(Telegram calls only https), e.g. https://bot.example.org/telegram")
            elif port not in WEBHOOK_PORTS:
                problems.append(f"WEBHOOK_URL uses port {url.port}; Telegram calls only ports "
                                "443, 80, 88 and 8443")
        return problems


_USER_ID = re.compile(r"[0-9]{1,15}")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
# The accounts Telegram posts as for anonymous admins, channels and service messages: every
# anonymous admin of every group writes as one of these, so none can be a moderator.
SHARED_ACCOUNTS = frozenset(int(v) for v in (ChatID.ANONYMOUS_ADMIN, ChatID.SERVICE_CHAT,
                                               ChatID.FAKE_CHANNEL))


def _ids(raw: str) -> frozenset[int]:
    """Positive user ids only: a group id (negative) or a shared account would make every
    member or anonymous admin a moderator."""
    parts = [p for p in raw.replace(";", ",").replace(" ", ",").split(",") if p]
    bad = [p for p in parts if not _USER_ID.fullmatch(p) or int(p) == 0]
    if bad:
        raise SettingsError(f"MODERATOR_IDS has {', '.join(bad)}, which is not a Telegram user "
                            "id; write positive numbers separated by commas, e.g. "
                            "MODERATOR_IDS=12345,67890 (a user can see their id with "
                            "@userinfobot; group ids, which start with -, are not allowed)")
    shared = sorted(int(p) for p in parts if int(p) in SHARED_ACCOUNTS)
    if shared:
        raise SettingsError(f"MODERATOR_IDS has {shared[0]}, the account Telegram uses for "
                            "anonymous group admins and channels: every such admin of every "
                            "group would become a moderator; use the moderators' own user ids")
    return frozenset(int(p) for p in parts)


def _database_url(raw: str) -> str | None:
    if raw and not raw.startswith(("postgresql://", "postgres://")):
        raise SettingsError("DATABASE_URL must be a PostgreSQL address, e.g. DATABASE_URL="
                            "postgresql://safechat:PASSWORD@db.example.org:5432/safechat; "
                            "leave it unset to keep everything in SQLite in DATA_DIR")
    return raw or None
