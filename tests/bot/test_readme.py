"""The README's bot example runs as written: saved as bot.py and served with `uvicorn bot:app`, against
the fake over loopback; and mounting under Starlette (what FastAPI is) works as the README says."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sparkbot.bot import Bot, Context
from sparkbot.testing import FakeSparkBot
from starlette.applications import Starlette
from starlette.routing import Mount

from .conftest import TOKEN, inbound, serve, wait_until

README = Path(__file__).resolve().parents[2] / "README.md"


def bots_example() -> str:
    section = README.read_text().split("## Bots", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the Bots section has no python example"
    return match.group(1)


def test_the_readme_bot_example_runs_as_written(tmp_path: Path) -> None:
    (tmp_path / "bot.py").write_text(bots_example())
    fake = FakeSparkBot()
    with fake.running() as api_url:
        port = _free_port()
        env = {**os.environ, "BOT_TOKEN": "readme-token", "SPARKBOT_API_KEY": fake.api_key}
        env["SPARKBOT_BASE_URL"] = api_url
        cmd = [sys.executable, "-m", "uvicorn", "bot:app", "--port", str(port), "--app-dir", str(tmp_path)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            wait_until(lambda: _up(port, proc), timeout=30, what="uvicorn bot:app")
            url = f"http://127.0.0.1:{port}/?token=readme-token"
            fake.client().webhooks.create(name="readme", url=url, events=["message:in:new"])
            fake.receive("/start", phone="+34600111333")
            wait_until(lambda: len(fake.state.messages) == 1, what="the welcome")
            first = fake.receive("hello", phone="+34600111333")
            wait_until(lambda: len(fake.state.messages) == 2, what="the echo")
        finally:
            proc.send_signal(signal.SIGINT)
            output = proc.communicate(timeout=20)[0]
    welcome, echo = list(fake.state.messages.values())
    assert welcome["message"].startswith("Welcome!"), output
    assert echo["message"] == "#1: hello" and echo["quote"] == first.data["id"]


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _up(port: int, proc: subprocess.Popen[str]) -> bool:
    assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
    try:
        return httpx.get(f"http://127.0.0.1:{port}/").status_code == 405
    except httpx.TransportError:
        return False


@pytest.mark.parametrize("path", ["/whatsapp/", "/whatsapp"])
def test_mounted_under_starlette_with_the_bots_lifespan(path: str) -> None:
    bot = Bot(None, token=TOKEN)
    seen: list[str] = []

    @bot.on_message()
    async def record(ctx: Context) -> None:
        seen.append(ctx.text or "")

    app = Starlette(routes=[Mount("/whatsapp", bot.asgi())], lifespan=bot.lifespan)
    with serve(app) as url:
        response = httpx.post(f"{url}{path}?token={TOKEN}", json=inbound("mounted"), follow_redirects=True)
        wrong = httpx.post(f"{url}/whatsapp/?token=nope", json=inbound("x"))
        elsewhere = httpx.post(f"{url}/whatsapp/deeper?token={TOKEN}", json=inbound("x"))
        assert (response.status_code, wrong.status_code, elsewhere.status_code) == (200, 401, 404)
    assert seen == ["mounted"]
