"""A throwaway PostgreSQL server for the tests and the benchmark: Debian's `postgresql`
package, started in a temporary folder on a free port, fsync off, gone when stopped.

PostgreSQL's initdb refuses to run as root, and CI runs as root: then the server runs as the
`postgres` system user the package creates.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from bot.testing.ports import free_port


class NoServer(Exception):
    """No PostgreSQL server programs on this machine; the message says how to get them."""


def server_bin() -> Path:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "postgres").exists() and (candidate / "initdb").exists():
            return candidate
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False)
        bindir = Path(out.stdout.strip())
        if (bindir / "postgres").exists():
            return bindir
    raise NoServer("no PostgreSQL server installed (apt-get install -y postgresql)")


@dataclass
class TemporaryServer:
    folder: Path
    port: int
    process: subprocess.Popen[bytes]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """A fresh empty database on this server; its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> TemporaryServer:
    bindir = server_bin()
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="safechat-pg-"))
    data = folder / "data"
    prefix: list[str] = []
    if as_root:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise NoServer("running as root and there is no postgres user to run the server "
                           "as (apt-get install -y postgresql creates it)") from None
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True)
    port = free_port()
    process = subprocess.Popen(
        [*prefix, str(bindir / "postgres"), "-D", str(data), "-p", str(port),
         "-k", str(folder), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
         "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
         "-c", "max_connections=200"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = TemporaryServer(folder, port, process)
    deadline = time.monotonic() + 30
    while True:
        with contextlib.suppress(psycopg.OperationalError):
            psycopg.connect(server.url, connect_timeout=2).close()
            return server
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise NoServer("the temporary PostgreSQL server did not start")
        time.sleep(0.1)
