"""`send bulk` runs around the results file and interrupts: `--resume` without a results file looks every
row up before sending it; a run without `--resume` replaces whatever file is there; an interrupted run
returns only once the sends it started are over, and never starts the rows still waiting."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sparkbot import SparkBot, SparkBotError
from sparkbot.cli import _bulk, app
from sparkbot.testing import FakeSparkBot
from typer.testing import CliRunner

from .test_cli import contacts, results, sends, write_csv


def lookups(fake: FakeSparkBot) -> list[dict[str, Any]]:
    return [r.query for r in fake.requests if r.method == "GET" and r.path == "/messages"]


def test_resume_without_a_results_file_looks_each_row_up_then_sends_it(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(3))
    out = tmp_path / "r.csv"
    with fake.client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, resume=True)
    assert [r.status for r in outcome] == ["sent"] * 3
    assert len(sends(fake)) == 3
    asked = lookups(fake)
    assert len(asked) == 3  # nothing on record: each row might have been sent by a run that left no file
    assert {q["reference"] for q in asked} == {p["reference"] for p in sends(fake)}
    assert all(q["device"] == fake.device_id for q in asked)
    assert [r["row"] for r in results(out)] == ["1", "2", "3"]


def test_a_run_without_resume_sends_without_looking_up(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(3))
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", tmp_path / "r.csv", device=fake.device_id)
    assert lookups(fake) == [] and len(sends(fake)) == 3


def test_a_run_without_resume_replaces_the_results_file(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(2))
    out = tmp_path / "r.csv"
    out.write_text("not,a,results,file\n\x00\x01\n")
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id)
        _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id)  # asked to send again
    lines = out.read_text().splitlines()
    assert lines[0] == ",".join(_bulk.RESULT_FIELDS) and lines.count(lines[0]) == 1
    assert [r["row"] for r in results(out)] == ["1", "2"]
    assert len(sends(fake)) == 4


def test_the_cli_resumes_into_its_default_results_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(3))
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_DEVICE", fake.device_id)
        first = CliRunner().invoke(app, ["send", "bulk", str(source), "--text", "Hi {name}", "--resume"])
        again = CliRunner().invoke(app, ["send", "bulk", str(source), "--text", "Hi {name}", "--resume"])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert "3 sent, 0 failed" in first.output and "0 sent, 0 failed" in again.output
    assert len(sends(fake)) == 3
    assert [r["status"] for r in results(tmp_path / "c.results.csv")] == ["sent"] * 3


class SlowSender:
    """A stand-in client whose sends take a while (the first row's is quick); it counts sends started and
    finished."""

    def __init__(self, seconds: float, first: str) -> None:
        self.seconds = seconds
        self.first = first
        self.started = 0
        self.finished = 0
        self.most = 0  # sends in flight at once, at most
        self._lock = threading.Lock()
        self.messages = SimpleNamespace(send_text=self.send_text, list=lambda **_: [])

    def send_text(self, device: str | None, *, phone: str, message: str, reference: str) -> Any:
        with self._lock:
            self.started += 1
            self.most = max(self.most, self.started - self.finished)
        time.sleep(0.01 if phone == self.first else self.seconds)
        with self._lock:
            self.finished += 1
        return SimpleNamespace(id="m" * 24)


def test_an_interrupted_run_waits_for_sends_in_flight_and_starts_no_more(tmp_path: Path) -> None:
    rows = contacts(12)
    sender = SlowSender(0.4, first=rows[0]["phone"])
    source = write_csv(tmp_path / "c.csv", rows)
    out = tmp_path / "r.csv"

    def interrupt(result: _bulk.Result) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _bulk.run_bulk(cast(SparkBot, sender), source, "Hi {name}", out, concurrency=3, on_result=interrupt)
    # the quick first row is the first result: rows 2 and 3 (and the one after row 1) were in flight then
    assert sender.finished == sender.started, "the run returned while sends were still in flight"
    assert 3 <= sender.started <= 4
    started = sender.started
    time.sleep(0.5)
    assert sender.started == started, "rows still waiting were sent after the interrupt"


BAD_FILES = {
    "not utf-8": (
        "phone,name\n+34600111222,Jos\xe9\n".encode("latin-1"),
        "Hi {name}",
        "{csv}: not UTF-8 text (byte 0xe9 at offset 27); save it as UTF-8 (CSV UTF-8 in Excel)",
    ),
    "no phone column": (
        b"tel,name\n1,Ana\n",
        "Hi",
        "{csv}: the CSV needs a 'phone' column (found ['tel', 'name'])",
    ),
    "empty file": (b"", "Hi", "{csv}: the CSV needs a 'phone' column (found None)"),
    "huge cell": (
        b"phone,name\n+34600111222," + b"x" * 70_000 + b"\n",
        "Hi {name}",
        "{csv}: not a readable CSV: field larger than field limit (65536) (cells hold at most 65536 "
        "characters)",
    ),
    "template column missing": (
        b"phone,name\n+34600111222,Ana\n",
        "Hi {first} {last}",
        "{csv}: the template uses {first}, {last}, not a column of the CSV (columns: phone, name)",
    ),
    "malformed template": (
        b"phone\n+34600111222\n",
        "Hi }",
        "--text: not a valid template (Single '}' encountered in format string); write a literal brace as "
        "{{ or }}",
    ),
    "attribute": (b"phone\n+34600111222\n", "Hi {phone.real}", "--text: {phone.real} is not a column name"),
    "conversion": (
        b"phone\n+34600111222\n",
        "Hi {phone!z}",
        "--text: the template cannot be filled in (Unknown conversion specifier z)",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_and_templates_say_exactly_what_is_wrong(tmp_path: Path, case: str) -> None:
    content, template, message = BAD_FILES[case]
    source = tmp_path / "c.csv"
    source.write_bytes(content)
    fake = FakeSparkBot()
    with fake.client() as client, pytest.raises(SparkBotError) as info:
        _bulk.run_bulk(client, source, template, tmp_path / "r.csv", device=fake.device_id)
    assert str(info.value) == message.replace("{csv}", str(source))
    assert sends(fake) == []


def test_template_columns_may_hold_dashes_and_spaces(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = tmp_path / "c.csv"
    source.write_text("phone,first-name,last name\n+34600111222, Ana ,Diaz\n")
    with fake.client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {first-name} {last name}", tmp_path / "r.csv")
    assert [r.status for r in outcome] == ["sent"]
    assert [p["message"] for p in sends(fake)] == ["Hi Ana Diaz"]


def test_a_row_found_sent_on_resume_keeps_its_message_id(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(2))
    out = tmp_path / "r.csv"
    with fake.client() as client:
        first = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id)
        out.write_text(",".join(_bulk.RESULT_FIELDS) + "\n")  # the results were lost
        again = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, resume=True)
    assert [(r.status, r.message_id) for r in again] == [("sent", r.message_id) for r in first]
    recorded = [(r["phone"], r["message_id"], r["reference"]) for r in results(out)]
    assert recorded == [(r.phone, r.message_id, r.reference) for r in first]
    assert len(sends(fake)) == 2


def test_bulk_sends_from_the_number_asked_for(tmp_path: Path) -> None:
    """With several numbers on the account, every row is sent from the one given (--device)."""
    fake = FakeSparkBot()
    second = fake.add_device()
    source = write_csv(tmp_path / "c.csv", contacts(2))
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", tmp_path / "r.csv", device=second["id"])
    assert [p["device"] for p in sends(fake)] == [second["id"]] * 2


FAILURES = [
    (500, "unknown"),  # the server may have taken the message before failing: --resume looks it up
    (503, "unknown"),
    (400, "error"),  # refused: certainly not sent
    (404, "error"),
]


@pytest.mark.parametrize(("status", "outcome"), FAILURES)
def test_a_failed_send_is_recorded_as_unknown_only_when_it_may_have_been_taken(
    tmp_path: Path, status: int, outcome: str
) -> None:
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(1))
    out = tmp_path / "r.csv"
    fake.fail_next(status)
    with fake.client(max_retries=0) as client:
        (result,) = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, concurrency=1)
    assert (result.status, result.message_id) == (outcome, "")
    assert result.error.startswith(f"{status} ") and result.reference.startswith("bulk-")
    recorded = [(r["phone"], r["status"], r["reference"], r["error"]) for r in results(out)]
    assert recorded == [("+34600000001", outcome, result.reference, result.error)]


def test_the_cli_counts_failures_and_unknowns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSparkBot()
    rows = contacts(3)
    rows[1]["phone"] = "600 111 222"
    source = write_csv(tmp_path / "c.csv", rows)
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_DEVICE", fake.device_id)
        fake.fail_next(500)  # a send is not retried after a 500: the server may have taken it
        done = CliRunner().invoke(
            app,
            ["send", "bulk", str(source), "--text", "Hi {name}", "--concurrency", "1"],
            env={"COLUMNS": "300"},
        )
    assert done.exit_code == 1
    output = " ".join(done.output.split())
    assert "row 2, column phone: must match" in output
    assert "1 sent, 2 failed (1 may have been sent: --resume checks them)" in output, output


def test_a_quoted_cell_keeps_its_line_breaks_as_written(tmp_path: Path) -> None:
    fake = FakeSparkBot()
    source = tmp_path / "c.csv"
    source.write_bytes(b'phone,name\r\n+34600111222,"Ana\r\nMaria"\r\n')
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", tmp_path / "r.csv", device=fake.device_id)
    assert [p["message"] for p in sends(fake)] == ["Hi Ana\r\nMaria"]


def test_the_results_file_is_utf8_with_cells_as_written_whatever_the_locale(tmp_path: Path) -> None:
    """The results file is UTF-8 even where the system's encoding is not (Windows, a C locale), and a
    cell's accents and line breaks come back as they were, after the rewrite in row order too."""
    import locale

    source = tmp_path / "c.csv"
    source.write_bytes('phone,name\r\n"teléfono\r\nfijo",Ana\r\n'.encode())
    out = tmp_path / "r.csv"
    previous = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # open() without an encoding would now write ASCII
    try:
        with FakeSparkBot().client() as client:
            _bulk.run_bulk(client, source, "Hi {name}", out)
            _bulk.run_bulk(client, source, "Hi {name}", out, resume=True)  # reads the file back
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    [row] = results(out)
    assert row["phone"] == "teléfono\r\nfijo" and row["status"] == "error" and row["message_id"] == ""
    assert row["reference"] == _bulk.reference_for(None, 1, "teléfono\r\nfijo", "Hi Ana")
    assert row["error"].startswith("row 1, column phone: must match")


def test_a_results_file_with_another_header_is_refused_naming_both_headers(tmp_path: Path) -> None:
    """--resume with a CSV that is not a results file: the error shows its header and the expected one
    (or what is wrong in a row)."""
    source = write_csv(tmp_path / "c.csv", contacts(1))
    out = write_csv(tmp_path / "r.csv", [{"row": "1", "phone": "+34600111222"}])
    with FakeSparkBot().client() as client, pytest.raises(SparkBotError) as info:
        _bulk.run_bulk(client, source, "Hi {name}", out, resume=True)
    assert str(info.value) == (
        f"{out}: not a results file of `sparkbot send bulk` (its header is ['row', 'phone'], expected "
        "['row', 'phone', 'status', 'message_id', 'reference', 'error']); pass another --results file"
    )
    out.write_text(",".join(_bulk.RESULT_FIELDS) + "\n,+34600111222,sent,,,\n")  # a row without its number
    with FakeSparkBot().client() as client, pytest.raises(SparkBotError) as info:
        _bulk.run_bulk(client, source, "Hi {name}", out, resume=True)
    assert "(invalid literal for int() with base 10: '')" in str(info.value)


def test_row_references_stay_the_same_across_versions() -> None:
    """A row's reference is fixed text (device, row, phone, message): --resume looks rows up by it, so
    a results file written by an older version must find its rows again, or they would be sent twice."""
    assert _bulk.reference_for("6650f1a2b3c4d5e6f7a8b9c0", 7, "+34600111222", "Hi Ana") == (
        "bulk-e63513c75578ace85318c482"
    )
    assert _bulk.reference_for(None, 7, "+34600111222", "Hi Ana") == "bulk-c7d3f6dc98e4db1e4993ea90"


def test_rows_that_cannot_be_sent_keep_their_cells_in_the_results(tmp_path: Path) -> None:
    """A row with no phone is recorded with an empty phone; a row missing a template value keeps its phone."""
    rows = contacts(2)
    rows[0]["phone"] = ""
    rows[1]["name"] = " "
    source = write_csv(tmp_path / "c.csv", rows)
    out = tmp_path / "r.csv"
    with FakeSparkBot().client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {name}", out)
    assert [r.row for r in outcome] == [1, 2]  # in row order, though row 2 was refused before row 1 was tried
    recorded = results(out)
    assert [(r["row"], r["phone"], r["status"]) for r in recorded] == [
        ("1", "", "error"),
        ("2", "+34600000002", "error"),
    ]
    assert recorded[0]["error"].startswith("row 1, column phone: ")


def test_resume_after_fixing_a_bad_row_sends_just_that_row(tmp_path: Path) -> None:
    """A row refused for an empty value, fixed in the CSV, is sent by --resume; the sent rows are not."""
    rows = contacts(2)
    rows[1]["name"] = ""
    source = write_csv(tmp_path / "c.csv", rows)
    out = tmp_path / "r.csv"
    fake = FakeSparkBot()
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id)
        write_csv(source, contacts(2))
        again = _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, resume=True)
    assert [(r.row, r.status) for r in again] == [(2, "sent")]
    assert [p["message"] for p in sends(fake)] == ["Hi Ana 1", "Hi Ana 2"]
    assert [r["status"] for r in results(out)] == ["sent", "sent"]


def test_resume_with_another_text_names_the_row_and_the_way_out(tmp_path: Path) -> None:
    """--resume over another campaign's results: which row differs, and what to do instead."""
    source = write_csv(tmp_path / "c.csv", contacts(2))
    out = tmp_path / "r.csv"
    with FakeSparkBot().client() as client:
        _bulk.run_bulk(client, source, "Week 1", out)
        with pytest.raises(SparkBotError) as info:
            _bulk.run_bulk(client, source, "Week 2", out, resume=True)
    assert str(info.value) == (
        f"{out} records another campaign (row 1 had other text, device or contact); resume with the same "
        "--text, or pass a new --results file to send this one"
    )


def test_each_send_carries_its_rows_reference(tmp_path: Path) -> None:
    """Each message is sent with its row's reference (device, row number, phone and text), as recorded."""
    fake = FakeSparkBot()
    source = write_csv(tmp_path / "c.csv", contacts(2))
    out = tmp_path / "r.csv"
    with fake.client() as client:
        _bulk.run_bulk(client, source, "Hi {name}", out, device=fake.device_id, concurrency=1)
    expected = [_bulk.reference_for(fake.device_id, n, f"+3460000000{n}", f"Hi Ana {n}") for n in (1, 2)]
    assert sorted(p["reference"] for p in sends(fake)) == sorted(expected)
    assert [r["reference"] for r in results(out)] == expected


def test_a_csv_saved_by_excel_with_a_byte_order_mark_reads_its_phone_column(tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" starts with a byte order mark; the first column is still `phone`."""
    fake = FakeSparkBot()
    source = tmp_path / "c.csv"
    source.write_bytes("\ufeffphone,name\r\n+34600111222,José\r\n".encode())
    with fake.client() as client:
        outcome = _bulk.run_bulk(client, source, "Hi {name}", tmp_path / "r.csv")
    assert [r.status for r in outcome] == ["sent"]
    assert [(p["phone"], p["message"]) for p in sends(fake)] == [("+34600111222", "Hi José")]


def test_concurrency_1_sends_one_row_at_a_time(tmp_path: Path) -> None:
    """--concurrency 1: never two sends in flight at once."""
    sender = SlowSender(0.05, first="")
    source = write_csv(tmp_path / "c.csv", contacts(4))
    _bulk.run_bulk(cast(SparkBot, sender), source, "Hi {name}", tmp_path / "r.csv", concurrency=1)
    assert (sender.most, sender.finished) == (1, 4)
