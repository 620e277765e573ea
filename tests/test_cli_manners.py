"""`sparkbot.cli.main` in this process (as the console script runs it): the wording of its error lines, its
exit codes, Ctrl-C, the help, JSON on stdout, colour only on a terminal, and the port check of `fake`."""

from __future__ import annotations

import io
import json
import re
import socket
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
import sparkbot
import typer
from rich.console import Console
from sparkbot import cli
from sparkbot.testing import FakeSparkBot

from .test_cli import contacts, write_csv

CLICK = sys.modules[typer.BadParameter.__module__]  # click's exceptions as typer raises them


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int | str | None:
    """`sparkbot ARGS...` through the console script's entry point; its exit code."""
    monkeypatch.setattr("sys.argv", ["sparkbot", *args])
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))  # a script, not `python -m`
    with pytest.raises(SystemExit) as info:
        cli.main()
    return info.value.code


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSparkBot]:
    """The fake over real loopback HTTP, configured as a user configures the CLI."""
    fake = FakeSparkBot()
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_DEVICE", fake.device_id)
        yield fake


def test_a_usage_error_is_one_line_naming_the_command_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A usage error: click's message without its final dot, and which --help to read; exit code 2."""
    assert run(monkeypatch, "send", "text") == 2
    assert capsys.readouterr() == ("", "error: Missing argument 'phone' (see 'sparkbot send text --help')\n")


def test_an_unknown_option_is_named_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only click's final dot is dropped: an unknown option `-X` is named whole."""
    assert run(monkeypatch, "devices", "-X") == 2
    assert capsys.readouterr() == ("", "error: No such option: -X (see 'sparkbot devices --help')\n")


def test_an_option_missing_its_value_points_to_the_main_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An option without its value (click names no command then): one line pointing to `sparkbot --help`."""
    assert run(monkeypatch, "send", "text", "+34600111222", "hi", "--device") == 2
    line = "error: Option '--device' requires an argument (see 'sparkbot --help')\n"
    assert capsys.readouterr() == ("", line)


@pytest.mark.parametrize("rich", [True, False])
def test_a_group_alone_prints_its_help_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], rich: bool
) -> None:
    """`sparkbot send` alone prints the help of `send` once, as `--help` does, on stdout; no error line
    (typer's rich help, or its plain one with TYPER_USE_RICH=0)."""
    monkeypatch.setattr(typer.core, "HAS_RICH", rich)
    assert run(monkeypatch, "send", "--help") == 0
    asked = capsys.readouterr().out
    assert run(monkeypatch, "send") == 2
    out, err = capsys.readouterr()
    assert out == asked.rstrip("\n") + "\n"  # (--help adds an empty line at the end)
    assert out.count("Usage: sparkbot send") == 1 and "Send MESSAGE to PHONE." in out
    assert err == ""


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, EOFError])
def test_an_interrupt_is_one_line_and_exit_code_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], interrupt: type[BaseException]
) -> None:
    """Ctrl-C (or Ctrl-D) during a command: `error: interrupted` on stderr, exit code 130, no traceback."""

    def interrupted() -> None:
        raise interrupt

    monkeypatch.setattr(cli, "_client", interrupted)
    assert run(monkeypatch, "devices") == 130
    out, err = capsys.readouterr()
    assert out == "" and err.strip() == "error: interrupted" and err.count("error") == 1


def test_a_click_error_is_one_line_with_its_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any other click error a command raises is its message on one line, with click's exit code."""

    def unreadable() -> None:
        raise CLICK.FileError("contacts.csv", hint="Permission denied")

    monkeypatch.setattr(cli, "_client", unreadable)
    assert run(monkeypatch, "devices") == 1
    assert capsys.readouterr() == ("", "error: Could not open file 'contacts.csv': Permission denied\n")


def test_a_command_that_succeeds_exits_0_with_indented_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], api: FakeSparkBot
) -> None:
    """Done: exit code 0, and the reply as JSON indented by two, non-ASCII text as written."""
    assert run(monkeypatch, "send", "text", "+34600111222", "¡Hola, señor! 👋") == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert '\n  "message": "¡Hola, señor! 👋",\n' in out and json.loads(out)["message"] == "¡Hola, señor! 👋"


def test_a_bulk_run_with_a_failed_row_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], api: FakeSparkBot, tmp_path: Path
) -> None:
    """`send bulk` with a row that failed: the row's error, the count, and exit code 1."""
    rows = contacts(2)
    rows[1]["phone"] = "12345"
    source = write_csv(tmp_path / "c.csv", rows)
    assert run(monkeypatch, "send", "bulk", str(source), "--text", "Hi {name}") == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "row 2, column phone: must match" in out and "1 sent, 1 failed; results in" in out


def test_json_on_a_terminal_is_the_same_data_coloured(
    monkeypatch: pytest.MonkeyPatch, api: FakeSparkBot
) -> None:
    """On a terminal the JSON reply is colourised, and is still the reply."""
    screen = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=screen, force_terminal=True, color_system="standard"))
    assert run(monkeypatch, "send", "text", "+34600111222", "hello there") == 0
    assert "\x1b[" in screen.getvalue()
    assert json.loads(re.sub(r"\x1b\[[0-9;]*m", "", screen.getvalue()))["message"] == "hello there"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]


def test_fake_on_a_busy_port_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], busy_port: int
) -> None:
    """`fake` on a port in use: which address and why, before anything else is printed; exit code 1."""
    assert run(monkeypatch, "fake", "--port", str(busy_port)) == 1
    assert capsys.readouterr() == (
        "",
        f"error: cannot listen on 127.0.0.1:{busy_port}: Address already in use\n",
    )


def test_an_error_on_a_terminal_is_red_and_never_wrapped(
    monkeypatch: pytest.MonkeyPatch, busy_port: int
) -> None:
    """On a terminal only `error:` is red; the rest is plain (no highlighting), on one line however narrow."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "30")
    stderr, stdout = Terminal(), Terminal()
    monkeypatch.setattr("sys.stderr", stderr)
    monkeypatch.setattr("sys.stdout", stdout)
    assert run(monkeypatch, "fake", "--port", str(busy_port)) == 1
    assert stdout.getvalue() == ""
    line = f"cannot listen on 127.0.0.1:{busy_port}: Address already in use"
    assert stderr.getvalue() == f"\x1b[31merror:\x1b[0m {line}\n"


def free_port(family: socket.AddressFamily, host: str) -> int:
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(("family", "host"), [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")])
def test_a_free_port_passes_the_check_on_ipv4_and_ipv6(family: socket.AddressFamily, host: str) -> None:
    """`fake`/`listen` accept a free port on an IPv4 or an IPv6 address (the check binds as uvicorn will)."""
    cli._check_free(host, free_port(family, host))


def test_version_prints_the_version_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sparkbot --version`: `sparkbot <version>` on stdout, nothing else, exit code 0."""
    assert run(monkeypatch, "--version") == 0
    assert capsys.readouterr() == (f"sparkbot {sparkbot.__version__}\n", "")
