"""`sparkbot send bulk`: one templated message per CSV row, resumable, never sending a row twice.

Each row gets a deterministic `reference` (from the CSV's name, the row number and the phone). A row is
written to the results file as soon as its send succeeds or fails; `--resume` skips rows already sent
and, for rows with no result (the run stopped while their request was in flight), asks the API for a
message with that reference before sending, so an interrupted run never double-sends.
"""

from __future__ import annotations

import csv
import hashlib
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING

from .._errors import SparkBotError, SparkBotValidationError

if TYPE_CHECKING:
    from .._client import SparkBot

RESULT_FIELDS = ("row", "phone", "status", "message_id", "reference", "error")


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
    status: str  # sent | error
    message_id: str = ""
    reference: str = ""
    error: str = ""


def reference_for(csv_path: Path, number: int, phone: str) -> str:
    digest = hashlib.sha256(f"{csv_path.name}:{number}:{phone}".encode()).hexdigest()[:24]
    return f"bulk-{digest}"


def plan(csv_path: Path, template: str) -> Iterator[Row | Result]:
    """Each CSV row as a Row to send, or as an error Result naming the row, the column and the rule."""
    fields = {name for _, name, _, _ in Formatter().parse(template) if name}
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "phone" not in reader.fieldnames:
            raise SparkBotError(f"{csv_path}: the CSV needs a 'phone' column (found {reader.fieldnames})")
        for number, record in enumerate(reader, start=1):
            phone = (record.get("phone") or "").strip()
            missing = sorted(f for f in fields if not (record.get(f) or "").strip())
            if missing:
                error = f"row {number}, column {missing[0]}: empty, but the template uses {{{missing[0]}}}"
                yield Result(number, phone, "error", error=error)
                continue
            text = template.format_map({k: (v or "").strip() for k, v in record.items() if k})
            yield Row(number, phone, text, reference_for(csv_path, number, phone))


def done_rows(results_path: Path) -> set[int]:
    """Rows a previous run recorded as sent."""
    if not results_path.exists():
        return set()
    with results_path.open(newline="", encoding="utf-8") as handle:
        return {int(r["row"]) for r in csv.DictReader(handle) if r.get("status") == "sent"}


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


def send_row(client: SparkBot, row: Row, device: str | None, check_first: bool) -> Result:
    try:
        if check_first:
            found = list(client.messages.list(reference=[row.reference], device=device, limit=1))
            if found:
                return Result(row.row, row.phone, "sent", found[0].id, row.reference)
        message = client.messages.send_text(
            device, phone=row.phone, message=row.text, reference=row.reference
        )
        return Result(row.row, row.phone, "sent", message.id, row.reference)
    except SparkBotValidationError as exc:
        error = f"row {row.row}, column {exc.field}: {exc.rule}"
        return Result(row.row, row.phone, "error", reference=row.reference, error=error)
    except SparkBotError as exc:
        return Result(row.row, row.phone, "error", reference=row.reference, error=str(exc))


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
) -> list[Result]:
    """Send every row not yet sent; return this run's results (also appended to `results_path`)."""
    skip = done_rows(results_path) if resume else set()
    items = [item for item in plan(csv_path, template) if item.row not in skip]
    results: list[Result] = []
    out = ResultsFile(results_path, append=resume)

    def finish(result: Result) -> None:
        out.write(result)
        results.append(result)
        if on_result:
            on_result(result)

    try:
        for item in items:
            if isinstance(item, Result):
                finish(item)
        rows = [item for item in items if isinstance(item, Row)]
        pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
        try:
            futures = [pool.submit(send_row, client, row, device, resume) for row in rows]
            for future in as_completed(futures):
                finish(future.result())
        finally:  # on an interrupt, rows not yet started are dropped, not sent behind our back
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        out.close()
    return results
