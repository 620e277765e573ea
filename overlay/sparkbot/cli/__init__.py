"""The `sparkbot` command line (`pip install sparkbot[cli]`): the client's actions from a shell.

It reads the same configuration as the library (SPARKBOT_API_KEY, SPARKBOT_BASE_URL, SPARKBOT_DEVICE).
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Annotated, Any

try:
    import typer
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table
except ModuleNotFoundError as exc:  # pragma: no cover - depends on what is installed
    needs = 'the sparkbot command needs the cli extra: pip install "sparkbot[cli]"'
    raise ImportError(f"{needs} ({exc})") from exc

from .._client import SparkBot
from .._errors import SparkBotError
from .._operation import jsonable
from .._version import __version__

app = typer.Typer(help="The SparkBot WhatsApp API from the command line.", no_args_is_help=True)
session_app = typer.Typer(help="WhatsApp session of a number.", no_args_is_help=True)
send_app = typer.Typer(help="Send messages.", no_args_is_help=True)
messages_app = typer.Typer(help="Outbound messages.", no_args_is_help=True)
app.add_typer(session_app, name="session")
app.add_typer(send_app, name="send")
app.add_typer(messages_app, name="messages")
console = Console()

Device = Annotated[str | None, typer.Option("--device", "-d", help="Number id (default: SPARKBOT_DEVICE).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _version(value: bool) -> None:
    if value:
        print(f"sparkbot {__version__}")
        raise typer.Exit


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """The SparkBot WhatsApp API from the command line (configured by SPARKBOT_* environment variables)."""


def _client() -> SparkBot:
    return SparkBot()  # a configuration error is a SparkBotError: main() prints it as one line


def _show(value: Any) -> None:
    """JSON on stdout: colourised on a terminal, plain and unwrapped when piped (for jq and friends)."""
    text = json.dumps(jsonable(value), default=str, indent=2, ensure_ascii=False)
    if console.is_terminal:
        console.print_json(text)
    else:
        sys.stdout.write(text + "\n")


@app.command()
def devices(as_json: AsJson = False) -> None:
    """List the account's WhatsApp numbers."""
    with _client() as client:
        found = list(client.devices.list())
    if as_json:
        _show(found)
        return
    table = Table("id", "alias", "phone", "session")
    for d in found:
        table.add_row(
            d.id, str(d.alias or ""), str(d.phone or ""), str(d.session.status if d.session else "")
        )
    console.print(table)


@session_app.command("sync")
def session_sync(device: str) -> None:
    """Sync the session of DEVICE and print its status."""
    with _client() as client:
        _show(client.sessions.sync(device))


@session_app.command("reboot")
def session_reboot(device: str) -> None:
    """Reboot the session of DEVICE."""
    with _client() as client:
        _show(client.sessions.reboot(device))


@session_app.command("health")
def session_health(device: str) -> None:
    """Show the session health of DEVICE."""
    with _client() as client:
        _show(client.sessions.health(device))


@send_app.command("text")
def send_text(phone: str, message: str, device: Device = None) -> None:
    """Send MESSAGE to PHONE."""
    with _client() as client:
        _show(client.messages.send_text(device, phone=phone, message=message))


@send_app.command("media")
def send_media(phone: str, url: str, caption: str = "", device: Device = None) -> None:
    """Send the file at URL to PHONE, with an optional caption."""
    with _client() as client:
        _show(client.messages.send_media(device, phone=phone, media={"url": url}, message=caption or None))


@send_app.command("poll")
def send_poll(
    phone: str,
    name: str,
    option: Annotated[list[str], typer.Option("--option", "-o", help="A choice (repeat it).")],
    device: Device = None,
) -> None:
    """Send a poll NAME with the given options to PHONE."""
    with _client() as client:
        _show(client.messages.send_poll(device, phone=phone, poll={"name": name, "options": option}))


@send_app.command("bulk")
def send_bulk(
    csv_path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV with a 'phone' column.")],
    text: Annotated[str, typer.Option("--text", "-t", help="Template, e.g. 'Hi {name}' (CSV columns).")],
    results: Annotated[Path | None, typer.Option(help="Results CSV (default: <csv>.results.csv).")] = None,
    resume: Annotated[bool, typer.Option(help="Skip rows already sent; check unsure ones first.")] = False,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Requests in flight.")] = 8,
    rate: Annotated[
        float | None, typer.Option(min=0.1, help="At most this many messages a minute (with jitter).")
    ] = None,
    device: Device = None,
) -> None:
    """Send a templated message to each CSV row; writes a results CSV; `--resume` never double-sends."""
    from ..pacing import Pacer
    from ._bulk import plan, run_bulk

    results = results or csv_path.with_suffix(".results.csv")
    pacer = Pacer(rate) if rate else None
    for _ in plan(csv_path, text, device):  # a file or template that cannot work fails before the bar shows
        pass
    with _client() as client, Progress(console=console) as progress:
        task = progress.add_task("sending", total=None)
        outcome = run_bulk(
            client, csv_path, text, results, device=device, resume=resume, concurrency=concurrency,
            on_result=lambda _: progress.advance(task), on_total=lambda n: progress.update(task, total=n),
            pacer=pacer,
        )  # fmt: skip
    failed = [r for r in outcome if r.status != "sent"]
    for r in failed[:20]:
        console.print(
            f"[red]row {r.row}: {r.status}[/red] {r.error}"
            if not r.error.startswith("row ")
            else f"[red]{r.error}[/red]"
        )
    unknown = sum(r.status == "unknown" for r in failed)
    note = f" ({unknown} may have been sent: --resume checks them)" if unknown else ""
    console.print(f"{len(outcome) - len(failed)} sent, {len(failed)} failed{note}; results in {results}")
    if failed:
        raise typer.Exit(1)


@messages_app.command("list")
def messages_list(
    status: Annotated[list[str] | None, typer.Option(help="Filter by status (repeat it).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many messages.")] = 50,
    as_json: AsJson = False,
) -> None:
    """List outbound messages, newest first."""
    with _client() as client:
        found = list(client.messages.list(status=status or None, sort="date:desc", limit=limit))  # type: ignore[arg-type]
    if as_json:
        _show(found)
        return
    table = Table("id", "phone", "status", "delivery")
    for m in found:
        table.add_row(m.id, str(m.phone or ""), str(m.status or ""), str(m.delivery_status or ""))
    console.print(table)


@app.command()
def fake(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8787,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    api_key: Annotated[str, typer.Option(help="The key clients must send.")] = "test-key",
) -> None:
    """Run the fake SparkBot server on loopback (install the `fake` extra)."""
    from ..testing import FakeSparkBot

    _check_free(host, port)  # before the URL is printed: a busy port must not look like a running fake
    console.print(f"fake SparkBot on http://{host}:{port}/v1 (api key {api_key!r}); Ctrl-C stops it")
    FakeSparkBot(api_key=api_key).serve(host=host, port=port)


@app.command()
def listen(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    register: Annotated[
        str | None,
        typer.Option(
            metavar="PUBLIC_URL", help="Create a webhook to PUBLIC_URL for the run, delete it on exit."
        ),
    ] = None,
    token: Annotated[
        str | None, typer.Option(help="The ?token= the webhook URL carries (default: random).")
    ] = None,
    event: Annotated[
        list[str] | None, typer.Option(help="With --register: an event (repeat it; default all).")
    ] = None,
    device: Device = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print each event as one raw JSON line.")] = False,
) -> None:
    """Receive webhooks and print each event, one line each (install the `bot` extra)."""
    from ._listen import listen as run

    _check_free(host, port)  # before anything is registered or printed
    run(
        console, host=host, port=port, register=register, token=token, as_json=as_json,
        events=event or (), device=device,
    )  # fmt: skip


def _check_free(host: str, port: int) -> None:
    probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
    try:
        probe.bind((host, port))
    except OSError as exc:
        raise SparkBotError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    finally:
        probe.close()


def _error(message: str) -> None:
    """One line on stderr, never wrapped (a pipe or a log gets it whole); red only on a terminal."""
    line = " ".join(message.split())
    if sys.stderr.isatty():
        Console(stderr=True, soft_wrap=True, highlight=False).print(f"[red]error:[/red] {line}", markup=True)
    else:
        sys.stderr.write(f"error: {line}\n")


# click's exceptions as typer raises them (recent typers vendor click as typer._click).
_clicks: Any = sys.modules[typer.BadParameter.__module__]
_NoArgsIsHelp: Any = getattr(_clicks, "NoArgsIsHelpError", ())


def main() -> None:
    """The `sparkbot` script: every error is one line on stderr (no traceback), stdout stays the output.

    Exit codes: 0 done, 1 an error (API, validation, configuration), 2 a usage error, 130 interrupted."""
    try:
        code = app(standalone_mode=False)
    except _clicks.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "sparkbot"
        if isinstance(exc, _NoArgsIsHelp):  # `sparkbot` or `sparkbot send` alone: the help, as asked
            if exc.format_message():  # click's help text (typer's rich help printed itself already)
                print(exc.format_message())
        else:
            _error(f"{exc.format_message().rstrip('.')} (see '{where} --help')")
        raise SystemExit(exc.exit_code) from None
    except _clicks.ClickException as exc:
        _error(exc.format_message())
        raise SystemExit(exc.exit_code) from None
    except SparkBotError as exc:
        _error(str(exc))
        raise SystemExit(1) from None
    except (KeyboardInterrupt, typer.Abort):  # a Ctrl-C as older typers report it
        code = 130
    if code == 130:  # a Ctrl-C as recent typers report it (typer.Exit(130))
        _error("interrupted")
    raise SystemExit(code if isinstance(code, int) else 0)
