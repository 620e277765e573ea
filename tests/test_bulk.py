"""`send bulk` hardening (issue 11, defects 6 and 7): campaign references, refusing to mix runs, clear errors
for bad inputs, row-ordered results without duplicates, lookups only where the outcome is unknown, and
pacing."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from sparkbot import Pacer, SparkBotError, SparkBotValidationError
from sparkbot.cli import _bulk, app
from sparkbot.testing import FakeSparkBot
from typer.testing import CliRunner

from .test_cli import contacts, results, sends, write_csv


def lookups(fake: FakeSparkBot) -> int:
    return sum(1 for r in fake.requests if r.method == "GET" and r.path == "/messages")


def test_a_new_campaign_with_last_weeks_file_name_is_sent(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    week1, week2 = tmp_path / "week1", tmp_path / "week2"
    week1.mkdir()
    week2.mkdir()
    with fake.client() as client:
        source = write_csv(week1 / "contacts.csv", contacts(3))
        _bulk.run_bulk(client, source, "Week 1", week1 / "r.csv", device=fake.device_id)
        source = write_csv(week2 / "contacts.csv", contacts(3))  # same name, other folder, --resume
        outcome = _bulk.run_bulk(
            client, source, "Week 2", week2 / "r.csv", device=fake.device_id, resume=True
        )
    assert [r.status for r in outcome] == ["sent"] * 3
    assert [p["message"] for p in sends(fake)] == ["Week 1"] * 3 + ["Week 2"] * 3
    assert len({p["reference"] for p in sends(fake)}) == 6


def test_resume_with_other_text_refuses_to_mix_runs(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(3))
    out = tmp_path / "r.csv"
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Week 1", out, device=fake.device_id)
        with pytest.raises(SparkBotError, match="another campaign"):
            _bulk.run_bulk(client, source, "Week 2", out, device=fake.device_id, resume=True)
        again = _bulk.run_bulk(client, source, "Week 1", out, device=fake.device_id, resume=True)
    assert again == [] and len(sends(fake)) == 3


BAD_INPUTS = {
    "latin-1 csv": ("phone,name\n+34600111222,Jos\xe9\n".encode("latin-1"), "Hi {name}", "not UTF-8"),
    "10 MB cell": (
        b"phone,name\n+34600111222," + b"x" * 10_000_000 + b"\n",
        "Hi {name}",
        "not a readable CSV",
    ),
    "malformed template": (b"phone,name\n+34600111222,Ana\n", "Hi {", "not a valid template"),
    "attribute in template": (b"phone,name\n+34600111222,Ana\n", "Hi {name.__class__}", "not a column name"),
    "positional template": (b"phone,name\n+34600111222,Ana\n", "Hi {0}", "not a column name"),
    "column not in header": (b"phone,name\n+34600111222,Ana\n", "Hi {first}", "{first}, not a column"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_inputs_are_one_clear_error_before_any_send(tmp_path: Path, case: str) -> None:
    content, template, message = BAD_INPUTS[case]
    source = tmp_path / "c.csv"
    source.write_bytes(content)
    fake = FakeSparkBot()
    with fake.client() as client, pytest.raises(SparkBotError, match=message) as info:
        _bulk.run_bulk(client, source, template, tmp_path / "r.csv", device=fake.device_id)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300
    assert sends(fake) == []


def test_cli_prints_one_line_for_a_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sparkbot import cli

    source = tmp_path / "c.csv"
    source.write_bytes("phone,name\n+34600111222,Jos\xe9\n".encode("latin-1"))
    monkeypatch.setenv("SPARKBOT_API_KEY", "k")
    monkeypatch.setenv("SPARKBOT_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setattr(
        "sys.argv", ["sparkbot", "send", "bulk", str(source), "--text", "Hi {name}", "-d", "a" * 24]
    )
    with pytest.raises(SystemExit) as info:
        cli.main()
    out = capsys.readouterr()
    shown = " ".join((out.out + out.err).split())  # (rich may wrap it: issue 13 makes it one line when piped)
    assert info.value.code == 1
    assert "not UTF-8" in shown and "Traceback" not in shown and "sending" not in shown


def test_corrupted_results_file_is_a_clear_error(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "c.csv", contacts(2))
    out = tmp_path / "r.csv"
    out.write_bytes(b"\x00\xffgarbage,,\n1,2\n")
    fake = FakeSparkBot()
    with fake.client() as client, pytest.raises(SparkBotError, match="not a results file"):
        _bulk.run_bulk(client, source, "Hi", out, device=fake.device_id, resume=True)
    assert sends(fake) == []


def test_results_in_row_order_one_line_per_row_and_lookups_only_when_unknown(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    rows = contacts(40)
    rows[4]["phone"] = "600 111 222"  # refused: never sent, so never looked up
    source = write_csv(tmp_path / "c.csv", rows)
    out = tmp_path / "r.csv"
    totals: list[int] = []
    seen: list[int] = []
    with fake.client() as client:
        first = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, concurrency=8,
                               on_total=totals.append, on_result=lambda r: seen.append(r.row))  # fmt: skip
        assert [int(r["row"]) for r in results(out)] == list(range(1, 41))
        assert [r.row for r in first] == list(range(1, 41))
        assert totals == [40] and len(seen) == 40  # the progress bar reaches 100 %
        # a row whose result was lost (in flight when the run died) and one whose send failed after
        # the server may have taken it: both are looked up; the refused row is not
        kept = [r for r in results(out) if r["row"] != "7"]
        for r in kept:
            if r["row"] == "9":
                r.update(status="unknown", message_id="", error="Connection error")
        with out.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=_bulk.RESULT_FIELDS)
            writer.writeheader()
            writer.writerows(kept)
        before = lookups(fake)
        totals.clear()
        second = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, resume=True,
                                on_total=totals.append)  # fmt: skip
    assert lookups(fake) - before == 2  # rows 7 and 9 only
    asked = [r.query for r in fake.requests if r.method == "GET" and r.path == "/messages"][-2:]
    assert [q["size"] for q in asked] == ["1", "1"]  # each lookup asks for a page of one message
    assert {r.row for r in second} == {5, 7, 9} and totals == [3]
    assert len(sends(fake)) == 39  # rows 7 and 9 were found sent: nothing twice
    final = results(out)
    assert [int(r["row"]) for r in final] == list(range(1, 41)), "one line per row, in row order"
    assert [r["status"] for r in final].count("error") == 1


def test_pacer_spaces_slots_with_jitter() -> None:
    now = [0.0]
    pacer = Pacer(per_minute=30, jitter=0.2, clock=lambda: now[0], rand=lambda: 1.0)
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == pytest.approx(2.4)  # 2 s, +20 % jitter
    now[0] = 100.0  # idle for a while: no burst to catch up
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == pytest.approx(2.4)
    low = Pacer(per_minute=30, jitter=0.2, clock=lambda: 0.0, rand=lambda: 0.0)
    low.reserve()
    assert low.reserve() == pytest.approx(1.6)
    for bad in ({"per_minute": 0}, {"per_minute": float("nan")}, {"per_minute": 1, "jitter": 1.5}):
        with pytest.raises(SparkBotValidationError):
            Pacer(**bad)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_pacer_async() -> None:
    pacer = Pacer(per_minute=600, jitter=0)
    started = time.monotonic()
    for _ in range(3):
        await pacer.wait_async()
    assert time.monotonic() - started >= 0.19


def test_bulk_rate_paces_the_sends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(4))
    runner = CliRunner()
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_DEVICE", fake.device_id)
        started = time.monotonic()
        done = runner.invoke(app, ["send", "bulk", str(source), "--text", "Hi {name}", "--rate", "600"])
        took = time.monotonic() - started
    assert done.exit_code == 0, done.output
    assert "4 sent, 0 failed" in done.output
    assert took >= 3 * 0.1 * 0.8  # four sends, 0.1 s apart (600 a minute) with up to 20 % jitter


def test_a_pacer_spaces_the_sends_of_every_worker(tmp_path: Path) -> None:
    """With a pacer (--rate) the sends go at its pace, across workers: three at 120 a minute take 1 s."""
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(3))
    started = time.monotonic()
    with fake.client() as client:
        _bulk.run_bulk(
            client, source, "Hi {name}", tmp_path / "r.csv", pacer=Pacer(120, jitter=0), concurrency=3
        )
    assert time.monotonic() - started >= 1.0
    assert len(sends(fake)) == 3
