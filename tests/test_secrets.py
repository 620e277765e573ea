"""The API key never shows, whole or in part (issue 11, defect 4): a canary key, echoed back by the server in
every way it can be, is searched for as any 8-character piece in every output a user sees: str, repr,
tracebacks (with their chained causes), logs at debug (every logger), pickles and the CLI's stdout/stderr.
Errors also pickle round-trip (task queues, process pools) with their attributes."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot.cli import app
from typer.testing import CliRunner

from .conftest import BASE_URL, DEVICE

CANARY = "sk-canary-Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX"
PIECES = [CANARY[i : i + 8] for i in range(len(CANARY) - 7)]
LONG = "x" * 190  # the key straddles the 200-character cut of str(exc)


def leaks(text: str | bytes) -> list[str]:
    data = text.decode("latin-1") if isinstance(text, bytes) else text
    return [piece for piece in PIECES if piece in data]


def every_view(exc: BaseException) -> dict[str, str | bytes]:
    return {
        "str": str(exc),
        "repr": repr(exc),
        "args": repr(exc.args),
        "traceback": "".join(traceback.format_exception(exc)),
        "pickle": pickle.dumps(exc),
    }


ECHOES: dict[str, Callable[[respx.MockRouter], None]] = {
    "message": lambda r: r.route().respond(403, json={"message": f"bad token {CANARY}"}),
    "message past the cut": lambda r: r.route().respond(400, json={"message": LONG + CANARY}),
    "text past the cut": lambda r: r.route().respond(500, text=LONG + CANARY),
    "html": lambda r: r.route().respond(401, html=f"<p>Invalid key {CANARY}</p>"),
    "header and body": lambda r: r.route().respond(
        429, json={"error": CANARY, "errors": [CANARY]}, headers={"X-Echo": CANARY, "Retry-After": "999"}
    ),
    "unreadable 200": lambda r: r.route().respond(
        200, content=f"{{not json {CANARY}".encode(), headers={"content-type": "application/json"}
    ),
    "connect error": lambda r: r.route().mock(side_effect=httpx.ConnectError(f"refused {CANARY}")),
    "timeout": lambda r: r.route().mock(side_effect=httpx.ReadTimeout(f"slow {CANARY}")),
}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sparkbot")
    yield caplog


@pytest.mark.parametrize("case", list(ECHOES))
def test_echoed_key_never_shows(case: str, debug_logs: pytest.LogCaptureFixture) -> None:
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=CANARY, base_url=BASE_URL, max_retries=1) as client,
    ):
        ECHOES[case](router)
        assert not leaks(repr(client)) and not leaks(str(client))
        with pytest.raises(sparkbot.SparkBotError) as info:
            client.sessions.sync(DEVICE)
        with pytest.raises(sparkbot.SparkBotError) as generic:
            client.request("GET", "/anything", params={"token": CANARY})
    for error in (info.value, generic.value):
        for view, text in every_view(error).items():
            assert not leaks(text), f"{view} of {type(error).__name__} shows {leaks(text)}"
        restored = pickle.loads(pickle.dumps(error))
        assert type(restored) is type(error) and str(restored) == str(error)
        assert getattr(restored, "response", None) is None  # the raw objects (and their headers) stay behind
    assert not leaks(debug_logs.text)
    # the raw objects stay usable on the live error, by design
    response = getattr(info.value, "response", None)
    assert response is None or response.request.headers["Token"] == CANARY


@pytest.mark.anyio
async def test_echoed_key_never_shows_async(debug_logs: pytest.LogCaptureFixture) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.route().respond(400, json={"message": LONG + CANARY})
        async with AsyncSparkBot(api_key=CANARY, base_url=BASE_URL) as client:
            with pytest.raises(sparkbot.BadRequestError) as info:
                await client.sessions.sync(DEVICE)
    assert not any(leaks(text) for text in every_view(info.value).values())
    assert not leaks(debug_logs.text)


def test_validation_and_option_errors_never_show_the_key() -> None:
    with SparkBot(api_key=CANARY, base_url=BASE_URL) as client:
        for call in (
            lambda: client.labels.create(DEVICE, name="x", color=CANARY),
            lambda: client.messages.send_text(DEVICE, phone=CANARY, message="x"),
            lambda: client.sessions.sync(DEVICE, extra_headers={"Token": CANARY + "\n"}),
        ):
            with pytest.raises(sparkbot.SparkBotValidationError) as info:
                call()
            assert not leaks(str(info.value)) or CANARY in repr(info.value.value), (
                "the caller's own value only"
            )
    for url in (f"https://u:{CANARY}@h.test/v1", f"https://h.test/v1?token={CANARY}"):
        with pytest.raises(sparkbot.SparkBotValidationError) as bad:
            SparkBot(api_key="other-key", base_url=url)
        assert not any(leaks(text) for text in every_view(bad.value).values())


def raise_in_worker(status: int) -> None:
    """Runs in another process: the error must cross the process boundary (pickled) intact."""
    request = httpx.Request("GET", f"{BASE_URL}/x", headers={"Token": CANARY})
    raise sparkbot._errors.status_error(httpx.Response(status, json={"message": CANARY}, request=request))


def test_errors_cross_a_process_pool() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(sparkbot.NotFoundError) as info:
        pool.submit(raise_in_worker, 404).result()
    assert info.value.status_code == 404 and info.value.message == "***"


def test_cli_output_never_shows_the_key(monkeypatch: pytest.MonkeyPatch, debug_logs: Any) -> None:
    monkeypatch.setenv("SPARKBOT_API_KEY", CANARY)
    monkeypatch.setenv("SPARKBOT_LOG", "debug")
    runner = CliRunner()
    with respx.mock(assert_all_called=False) as router:
        router.route().respond(401, json={"message": LONG + CANARY}, headers={"X-Echo": CANARY})
        for base_url in (BASE_URL, f"https://u:{CANARY}@h.test/v1"):
            monkeypatch.setenv("SPARKBOT_BASE_URL", base_url)
            for args in (["devices"], ["session", "sync", DEVICE], ["send", "text", "+34600111222", "hi"]):
                result = runner.invoke(app, args)
                output = result.stdout + (result.stderr if result.stderr_bytes is not None else "")
                assert result.exit_code != 0
                assert not leaks(output), f"{args}: {output}"
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    assert not leaks("".join(traceback.format_exception(result.exception)))
    assert not leaks(debug_logs.text)
