"""Serving a bot with uvicorn: in the foreground (`bot.run`) or on a background thread (`bot.serving`), the
way tests, demos and `sparkbot listen` need it. Lifespan is on, so stopping waits for running handlers."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Generator
from contextlib import contextmanager
from typing import Any


@contextmanager
def serving(app: Any, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Generator[str, None, None]:
    """Serve `app` on a background thread (a free port by default); yield `http://host:port`. The socket is
    bound before uvicorn starts, so a busy port fails here and `port=0` has no race."""
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    options.setdefault("log_level", "warning")
    server = uvicorn.Server(uvicorn.Config(app, lifespan="on", **options))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="sparkbot-bot", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the bot's server did not start on {host}:{port}")
            time.sleep(0.005)
        yield f"http://{f'[{host}]' if ':' in host else host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()
