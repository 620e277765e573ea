"""`sparkbot send bulk`: one templated message per CSV row, resumable, never sending a row twice.

Each row gets a deterministic `reference` that identifies the campaign, not the file: a hash of the device,
the phone, the row number and the message as rendered for that row. A row is appended to the results file
as soon as its send succeeds or fails; at the end the file is rewritten in row order, one line per row.
`--resume` skips rows already sent and, for rows whose outcome is unknown (no line: the run stopped while
they were in flight; or a failure after which the server may have taken the message), asks the API for a
message with that reference before sending, so an interrupted run never double-sends. A results file of
another campaign (other text, device or contacts) is refused rather than mixed with this one.
"""

from __future__ import annotations

import csv
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING

from .._errors import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    SparkBotError,
    SparkBotValidationError,
)

if TYPE_CHECKING:
    from .._client import SparkBot
    from ..pacing import Pacer

RESULT_FIELDS = ("row", "phone", "status", "message_id", "reference", "error")
MAX_CELL = 64 * 1024
"""Longest CSV cell read (a WhatsApp text is at most 4,096 characters); a longer one is a clear error."""


@dataclass(frozen=True)
class Row:
    row: int  # 1-based data row (the header line is not counted)
    phone: str
    text: str
    reference: str


@dataclass(frozen=True)
class Result:
    row: int
    phone: str
    status: str  # sent | error (not sent) | unknown (may have been sent: looked up on --resume)
    message_id: str = ""
    reference: str = ""
    error: str = ""


def reference_for(device: str | None, number: int, phone: str, text: str) -> str:
    """The row's reference: the same campaign row gives the same one, whatever the file is called."""
    digest = hashlib.sha256(f"{device or ''}\0{number}\0{phone}\0{text}".encode()).hexdigest()[:24]
    return f"bulk-{digest}"


def template_fields(template: str) -> set[str]:
    """The CSV columns a template uses; a malformed template or a field that is not a plain column name
    (`{0}`, `{name.attr}`, `{name[0]}`) is a clear error."""
    try:
        names = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise SparkBotError(
            f"--text: not a valid template ({exc}); write a literal brace as {{{{ or }}}}"
        ) from None
    for name in names:
        if not name.replace("-", "_").replace(" ", "_").isidentifier():
            raise SparkBotError(f"--text: {{{name}}} is not a column name")
    try:
        template.format_map({name: "x" for name in names})
    except (ValueError, KeyError, IndexError) as exc:
        raise SparkBotError(f"--text: the template cannot be filled in ({exc})") from None
    return names


def plan(csv_path: Path, template: str, device: str | None = None) -> Iterator[Row | Result]:
    """Each CSV row as a Row to send, or as an error Result naming the row, the column and the rule.
    A file that cannot be read as a CSV, or a template column missing from its header, is one clear error
    before anything is sent."""
    fields = template_fields(template)
    csv.field_size_limit(MAX_CELL)
    try:
        with csv_path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "phone" not in reader.fieldnames:
                raise SparkBotError(f"{csv_path}: the CSV needs a 'phone' column (found {reader.fieldnames})")
            missing = sorted(fields - set(reader.fieldnames))
            if missing:
                raise SparkBotError(
                    f"{csv_path}: the template uses {', '.join('{' + m + '}' for m in missing)}, "
                    f"not a column of the CSV (columns: {', '.join(reader.fieldnames)})"
                )
            for number, record in enumerate(reader, start=1):
                yield _row(number, record, template, fields, device)
    except UnicodeDecodeError as exc:
        raise SparkBotError(
            f"{csv_path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
            "save it as UTF-8 (CSV UTF-8 in Excel)"
        ) from None
    except csv.Error as exc:
        raise SparkBotError(
            f"{csv_path}: not a readable CSV: {exc} (cells hold at most {MAX_CELL} characters)"
        ) from None


def _row(
    number: int, record: dict[str, str | None], template: str, fields: set[str], device: str | None
) -> Row | Result:
    phone = (record.get("phone") or "").strip()
    missing = sorted(f for f in fields if not (record.get(f) or "").strip())
    if missing:
        error = f"row {number}, column {missing[0]}: empty, but the template uses {{{missing[0]}}}"
        return Result(number, phone, "error", error=error)
    values = {k: (v or "").strip() if isinstance(v, str) else "" for k, v in record.items() if k}
    text = template.format_map(values)
    return Row(number, phone, text, reference_for(device, number, phone, text))


def previous_results(results_path: Path) -> dict[int, Result]:
    """The last recorded outcome of each row of a previous run (a corrupted file is a clear error)."""
    if not results_path.exists():
        return {}
    found: dict[int, Result] = {}
    try:
        with results_path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != RESULT_FIELDS:
                raise ValueError(f"its header is {reader.fieldnames}, expected {list(RESULT_FIELDS)}")
            for record in reader:
                number = int(record["row"] or "")
                found[number] = Result(number, *(record[k] or "" for k in RESULT_FIELDS[1:]))
    except (ValueError, TypeError, csv.Error, UnicodeDecodeError) as exc:
        raise SparkBotError(
            f"{results_path}: not a results file of `sparkbot send bulk` ({exc}); pass another --results file"
        ) from None
    return found


class ResultsFile:
    """Appends one line per finished row and flushes it, so a crash loses at most rows in flight."""

    def __init__(self, path: Path, append: bool) -> None:
        fresh = not (append and path.exists())
        self._handle = path.open("w" if fresh else "a", newline="", encoding="utf-8")
        self._writer = csv.DictWriter(self._handle, fieldnames=RESULT_FIELDS)
        self._lock = threading.Lock()
        if fresh:
            self._writer.writeheader()

    def write(self, result: Result) -> None:
        with self._lock:
            self._writer.writerow(result.__dict__)  # pyright: ignore[reportArgumentType]
            self._handle.flush()

    def close(self) -> None:
        self._handle.close()


def compact(path: Path) -> None:
    """Rewrite the results file in row order, one line per row (its latest outcome), atomically."""
    rows = previous_results(path)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", newline="", encoding="utf-8") as handle:
        writer: csv.DictWriter[str] = csv.DictWriter(handle, fieldnames=RESULT_FIELDS)
        writer.writeheader()
        writer.writerows(rows[n].__dict__ for n in sorted(rows))
    os.replace(temporary, path)


def _may_have_been_sent(exc: SparkBotError) -> bool:
    """After these the server may hold the message: its outcome is unknown until looked up."""
    return isinstance(exc, (APIConnectionError, InternalServerError, APIResponseValidationError))


def send_row(
    client: SparkBot, row: Row, device: str | None, check_first: bool, pacer: Pacer | None = None
) -> Result:
    try:
        if check_first:
            # one message is enough to know: a page of one, no second page
            found = list(client.messages.list(reference=[row.reference], device=device, size=1, limit=1))
            if found:
                return Result(row.row, row.phone, "sent", found[0].id, row.reference)
        if pacer is not None:
            pacer.wait()
        message = client.messages.send_text(
            device, phone=row.phone, message=row.text, reference=row.reference
        )
        return Result(row.row, row.phone, "sent", message.id, row.reference)
    except SparkBotValidationError as exc:
        error = f"row {row.row}, column {exc.field}: {exc.rule}"
        return Result(row.row, row.phone, "error", reference=row.reference, error=error)
    except SparkBotError as exc:
        status = "unknown" if _may_have_been_sent(exc) else "error"
        return Result(row.row, row.phone, status, reference=row.reference, error=str(exc))


def run_bulk(
    client: SparkBot,
    csv_path: Path,
    template: str,
    results_path: Path,
    *,
    device: str | None = None,
    resume: bool = False,
    concurrency: int = 8,
    on_result: Callable[[Result], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    pacer: Pacer | None = None,
) -> list[Result]:
    """Send every row not yet sent; return this run's results (also recorded in `results_path`).
    `on_total` hears how many results this run will report (for a progress bar), before any send."""
    items = list(plan(csv_path, template, device))
    before = previous_results(results_path) if resume else {}
    for item in items:
        old = before.get(item.row)
        if old and isinstance(item, Row) and old.reference and old.reference != item.reference:
            raise SparkBotError(
                f"{results_path} records another campaign (row {item.row} had other text, device or "
                "contact); resume with the same --text, or pass a new --results file to send this one"
            )
    done = {n for n, r in before.items() if r.status == "sent"}
    unsure = {n for n, r in before.items() if r.status == "unknown"}
    todo = [item for item in items if item.row not in done]
    if on_total:
        on_total(len(todo))
    results: list[Result] = []
    out = ResultsFile(results_path, append=resume)

    def finish(result: Result) -> None:
        out.write(result)
        results.append(result)
        if on_result:
            on_result(result)

    try:
        for item in todo:
            if isinstance(item, Result):
                finish(item)
        rows = [item for item in todo if isinstance(item, Row)]
        pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
        try:
            futures = [
                pool.submit(
                    send_row,
                    client,
                    row,
                    device,
                    resume and (row.row in unsure or row.row not in before),
                    pacer,
                )
                for row in rows
            ]
            for future in as_completed(futures):
                finish(future.result())
        finally:  # on an interrupt, rows not yet started are dropped, not sent behind our back
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        out.close()
    compact(results_path)
    return sorted(results, key=lambda r: r.row)
