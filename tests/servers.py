"""Helpers for tests and benchmarks that start a real server process on 127.0.0.1."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30) -> bool:
    """Whether something accepts connections on the port before the timeout."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


@contextlib.contextmanager
def site_process(tmp_path, setup_script: str):
    """A whole site in its own process (runserver: HTTP and websockets on the in-memory
    channel layer) on a fresh SQLite file, with the data ``setup_script`` creates; yields
    the JSON object the script prints last, plus "url"."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "literacy.settings.dev",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}"}
    env.pop("REDIS_URL", None)  # one process: the in-memory channel layer
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    data = json.loads(subprocess.run(
        [sys.executable, setup_script], cwd=ROOT, env=env,
        check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload",
         "--insecure"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield {**data, "url": f"http://127.0.0.1:{port}"}
    finally:
        server.terminate()
        server.wait(timeout=10)
