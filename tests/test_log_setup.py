"""SPARKBOT_LOG: `debug` or `info` (any case, spaces around) gives the `sparkbot` logger one stderr handler at
that level, however many clients are made; anything else leaves logging alone. Every client's key is
hidden in what the sparkbot, httpx and httpcore loggers record, in the message and in its arguments."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest
from sparkbot import AsyncSparkBot, SparkBot

from .conftest import BASE_URL

KEY_A, KEY_B = "sk-log-aaaaaaaaaaaa", "sk-log-bbbbbbbbbbbb"
LOGGER = logging.getLogger("sparkbot")


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The sparkbot logger as a new process has it (no handler, not yet set up); restored afterwards."""
    monkeypatch.setattr(LOGGER, "handlers", [])
    monkeypatch.setattr(LOGGER, "level", logging.NOTSET)
    monkeypatch.delattr(LOGGER, "_sparkbot_configured", raising=False)
    yield monkeypatch


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_one_handler_at_the_level_asked_however_many_clients(
    fresh_logging: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str, level: int
) -> None:
    fresh_logging.setenv("SPARKBOT_LOG", value)
    with SparkBot(api_key=KEY_A, base_url=BASE_URL), SparkBot(api_key=KEY_B, base_url=BASE_URL):
        AsyncSparkBot(api_key=KEY_A, base_url=BASE_URL)
    assert len(LOGGER.handlers) == 1 and LOGGER.level == level
    LOGGER.info("one line")
    LOGGER.debug("debug line")
    err = capsys.readouterr().err
    assert err.count("sparkbot INFO one line") == 1
    line = next(line for line in err.splitlines() if "one line" in line)  # time, logger, level, message
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} sparkbot INFO one line", line), line
    assert ("sparkbot DEBUG debug line" in err) is (level == logging.DEBUG)


@pytest.mark.parametrize("value", ["", "verbose", "warning"])
def test_other_values_leave_logging_alone(fresh_logging: pytest.MonkeyPatch, value: str) -> None:
    fresh_logging.setenv("SPARKBOT_LOG", value)
    SparkBot(api_key=KEY_A, base_url=BASE_URL).close()
    assert LOGGER.handlers == [] and LOGGER.level == logging.NOTSET


@pytest.mark.parametrize("name", ["sparkbot", "httpx", "httpcore.http11"])
def test_every_clients_key_is_hidden_in_log_records(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.delenv("SPARKBOT_LOG", raising=False)
    SparkBot(api_key=KEY_A, base_url=BASE_URL).close()
    SparkBot(api_key=KEY_B, base_url=BASE_URL).close()
    caplog.set_level(logging.DEBUG, logger=name)
    logging.getLogger(name).debug("GET %s?token=%s then %s", BASE_URL, KEY_A, KEY_B)
    logging.getLogger(name).debug(f"inline {KEY_B}")
    logging.getLogger(name).debug("nothing secret %d", 42)
    records = [record for record in caplog.records if record.name == name]
    assert [r.getMessage() for r in records] == [
        f"GET {BASE_URL}?token=*** then ***",
        "inline ***",
        "nothing secret 42",
    ]
    # a record without a secret keeps its template and arguments (log aggregators group by template)
    assert (records[2].msg, records[2].args) == ("nothing secret %d", (42,))
