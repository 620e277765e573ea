"""The `sparkbot` CLI against the fake server: bulk send (1,000 rows, bad rows, interrupt + resume) and
the everyday commands over real HTTP."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import sparkbot
from sparkbot.cli import _bulk, app
from sparkbot.testing import FakeSparkBot
from typer.testing import CliRunner


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def contacts(n: int) -> list[dict[str, str]]:
    return [{"phone": f"+3460{i:07d}", "name": f"Ana {i}"} for i in range(1, n + 1)]


def results(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def sends(fake: FakeSparkBot) -> list[dict[str, str]]:
    return [r.json for r in fake.requests if r.method == "POST" and r.path == "/messages"]


def test_bulk_send_1000_rows(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "contacts.csv", contacts(1000))
    out = tmp_path / "results.csv"
    with fake.client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, concurrency=8)
    assert len(outcome) == 1000 and {r.status for r in outcome} == {"sent"}
    rows = results(out)
    assert sorted(int(r["row"]) for r in rows) == list(range(1, 1001))
    assert all(len(r["message_id"]) == 24 for r in rows)
    posted = sends(fake)
    assert len(posted) == 1000
    assert {p["message"] for p in posted if p["phone"] == "+34600000007"} == {"Hi Ana 7"}


def test_bad_rows_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    rows = contacts(6)
    rows[2]["phone"] = "600 111 222"  # not E.164
    rows[4]["name"] = ""  # the template needs it
    source = write_csv(tmp_path / "contacts.csv", rows)
    with fake.client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {name}", tmp_path / "r.csv", device=fake.device_id)
    errors = {r.row: r.error for r in outcome if r.status == "error"}
    assert set(errors) == {3, 5}
    assert errors[3].startswith("row 3, column phone: must match")
    assert errors[5] == "row 5, column name: empty, but the template uses {name}"
    assert len(sends(fake)) == 4


def test_interrupted_run_resumes_without_double_sending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "contacts.csv", contacts(1000))
    out = tmp_path / "results.csv"
    real_write = _bulk.ResultsFile.write
    written = Counter[str]()

    def crash_after_300(self: _bulk.ResultsFile, result: _bulk.Result) -> None:
        written["rows"] += 1
        if written["rows"] > 300:  # this row was sent but its result never reached the file
            raise KeyboardInterrupt
        real_write(self, result)

    with fake.client() as client:
        monkeypatch.setattr(_bulk.ResultsFile, "write", crash_after_300)
        with pytest.raises(KeyboardInterrupt):
            _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, concurrency=8)
        monkeypatch.setattr(_bulk.ResultsFile, "write", real_write)
        assert len(results(out)) == 300
        sent_before = len(sends(fake))
        assert 300 < sent_before < 1000  # some rows were in flight when it stopped
        _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, resume=True, concurrency=8)

    posted = sends(fake)
    assert len(posted) == 1000, "every row is sent exactly once across both runs"
    assert len({p["reference"] for p in posted}) == 1000
    rows = results(out)
    assert sorted(int(r["row"]) for r in rows) == list(range(1, 1001))
    assert {r["status"] for r in rows} == {"sent"}


def test_csv_without_phone_column(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "c.csv", [{"tel": "+34600111222"}])
    with FakeSparkBot().client() as client, pytest.raises(Exception, match="needs a 'phone' column"):
        _bulk.run_bulk(client, source, "Hi", tmp_path / "r.csv")


def test_commands_over_real_http(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSparkBot()
    runner = CliRunner()
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_DEVICE", fake.device_id)

        listed = runner.invoke(app, ["devices", "--json"])
        assert listed.exit_code == 0, listed.output
        assert json.loads(listed.output)[0]["id"] == fake.device_id

        sent = runner.invoke(app, ["send", "text", "+34600111222", "hello there"])
        assert sent.exit_code == 0, sent.output
        assert json.loads(sent.output)["status"] == "queued"

        poll = runner.invoke(app, ["send", "poll", "+34600111222", "Lunch?", "-o", "yes", "-o", "no"])
        assert poll.exit_code == 0, poll.output

        messages = runner.invoke(app, ["messages", "list", "--json"])
        assert messages.exit_code == 0, messages.output
        assert len(json.loads(messages.output)) == 2

        for args in (
            ["session", "sync", fake.device_id],
            ["session", "health", fake.device_id],
            ["session", "reboot", fake.device_id],
            ["send", "media", "+34600111222", "https://example.com/cat.jpg", "--caption", "a cat"],
            ["devices"],
            ["messages", "list", "--status", "queued"],
        ):
            done = runner.invoke(app, args)
            assert done.exit_code == 0, (args, done.output)
        assert "main" in runner.invoke(app, ["devices"]).output

        source = write_csv(tmp_path / "few.csv", contacts(3))
        bulk = runner.invoke(app, ["send", "bulk", str(source), "--text", "Hi {name}"])
        assert bulk.exit_code == 0, bulk.output
        assert "3 sent, 0 failed" in bulk.output
        assert len(results(source.with_suffix(".results.csv"))) == 3

        bad = runner.invoke(app, ["send", "text", "12345", "x"])
        assert bad.exit_code != 0
        assert fake.api_key not in bad.output


def test_script_prints_one_clear_line_on_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sparkbot import cli

    monkeypatch.setenv("SPARKBOT_API_KEY", "sk-cli-secret")
    monkeypatch.setenv("SPARKBOT_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setattr("sys.argv", ["sparkbot", "send", "text", "12345", "hi", "-d", "a" * 24])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 1
    out = capsys.readouterr().err
    assert "error: phone: must match" in out
    assert "Traceback" not in out and "sk-cli-secret" not in out
    monkeypatch.setattr("sys.argv", ["sparkbot", "send", "text"])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 2


# --- manners: one error line on stderr, clean stdout, --version, the missing extra, a busy port ---


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m sparkbot.cli ...` with stdout and stderr piped, as a script or a shell pipe runs it."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("SPARKBOT_")}
    command = [sys.executable, "-m", "sparkbot.cli", *args]
    return subprocess.run(command, env={**base, **(env or {})}, capture_output=True, text=True, timeout=60)


def test_version() -> None:
    done = run_cli("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"sparkbot {sparkbot.__version__}\n", "")


def test_errors_are_one_unwrapped_line_on_stderr() -> None:
    env = {"SPARKBOT_API_KEY": "sk-cli-secret", "SPARKBOT_BASE_URL": "http://127.0.0.1:9/v1"}
    cases = [
        (
            ("devices",),
            {},
            1,
            "error: no API key: pass api_key= or set the SPARKBOT_API_KEY environment variable",
        ),
        (("devices",), {"SPARKBOT_API_KEY": "k"}, 1, "error: no base URL: pass base_url= or set the"),
        (("send", "text", "12345", "hi", "-d", "a" * 24), env, 1, "error: phone: must match"),
        (("send", "text"), env, 2, "error: Missing argument 'phone' (see "),
        (("bogus",), env, 2, "error: No such command 'bogus' (see "),
    ]
    for args, given, code, start in cases:
        done = run_cli(*args, env=given)
        assert done.returncode == code, (args, done.stderr)
        assert done.stdout == "", args
        assert done.stderr.startswith(start) and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr and "sk-cli-secret" not in done.stderr


def test_json_output_is_clean_and_unwrapped_when_piped() -> None:
    fake = FakeSparkBot()
    long_text = "a long message " * 20
    with fake.running() as url:
        env = {"SPARKBOT_API_KEY": fake.api_key, "SPARKBOT_BASE_URL": url, "SPARKBOT_DEVICE": fake.device_id}
        sent = run_cli("send", "text", "+34600111222", long_text, env=env)
        listed = run_cli("devices", "--json", env=env)
    assert sent.returncode == 0 and sent.stderr == "", sent.stderr
    assert json.loads(sent.stdout)["message"] == long_text
    assert f'"message": "{long_text}"' in sent.stdout  # one line, not wrapped at 80 columns
    assert "\x1b[" not in sent.stdout + listed.stdout  # no colour codes in a pipe
    assert json.loads(listed.stdout)[0]["id"] == fake.device_id


def test_messages_list_is_newest_first() -> None:
    fake = FakeSparkBot()
    with fake.running() as url:
        env = {"SPARKBOT_API_KEY": fake.api_key, "SPARKBOT_BASE_URL": url, "SPARKBOT_DEVICE": fake.device_id}
        with fake.client() as client:
            ids = [client.messages.send_text(phone="+34600111222", message=f"m{i}").id for i in range(3)]
        listed = run_cli("messages", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [m["id"] for m in json.loads(listed.stdout)] == ids[::-1]


def test_without_the_cli_extra_one_line_says_what_to_install() -> None:
    code = "import sys; sys.modules['typer'] = None; from sparkbot._script import main; main()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == 'sparkbot: the sparkbot command needs the cli extra: pip install "sparkbot[cli]"\n'


@pytest.mark.parametrize("missing", ["typer", "rich"])
def test_the_script_names_the_extra_when_either_library_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    """The `sparkbot` script, in-process, without typer or without rich: the install hint and exit code 1."""
    from sparkbot._script import main

    monkeypatch.setitem(sys.modules, missing, None)  # as if not installed: find_spec answers None
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    hint = 'sparkbot: the sparkbot command needs the cli extra: pip install "sparkbot[cli]"\n'
    assert capsys.readouterr() == ("", hint)


def test_the_script_runs_the_cli_when_the_extra_is_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The `sparkbot` script, in-process, with typer and rich present: the CLI itself answers."""
    from sparkbot._script import main

    monkeypatch.setattr("sys.argv", ["sparkbot", "--version"])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 0
    assert capsys.readouterr() == (f"sparkbot {sparkbot.__version__}\n", "")


def test_fake_on_a_busy_port_fails_before_printing_a_url() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run_cli("fake", "--port", str(port))
    assert done.returncode == 1
    assert "http://" not in done.stdout + done.stderr
    assert (
        done.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: ") and done.stderr.count("\n") == 1
    )
