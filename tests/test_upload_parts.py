"""What a local-file upload puts on the wire: the file part's name (given, else the path's or the file
object's base name, else "file") and type (from the name, else octet-stream), the form fields given
(lists joined by commas, `format_` as `format`), `query_reference` in the query, and the path's handle closed
after; and the exact complaint for what cannot be sent."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot

from .conftest import API_KEY, BASE_URL


def parts(request: httpx.Request) -> dict[str, tuple[str | None, str, bytes]]:
    """Each multipart part by name: (filename, content type exactly as sent, content)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.read())
    found: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found[str(part.get_param("name", header="content-disposition"))] = (
            part.get_filename(),
            str(part.get("content-type", "")),  # not get_content_type(), which folds the case
            payload,
        )
    return found


@pytest.fixture
def upload_route(router: respx.MockRouter) -> respx.Route:
    return router.post("/files").respond(201, json=[{"id": "f" * 24}])


Upload = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def upload(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Upload:
    """`files.upload` of a fresh sync or async client (no retries unless asked), answering its result."""
    for name in ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE"):
        monkeypatch.delenv(name, raising=False)

    def sync(**kwargs: Any) -> Any:
        with SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
            return client.files.upload(**kwargs)

    async def run_async(kwargs: dict[str, Any]) -> Any:
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
            return await client.files.upload(**kwargs)

    return sync if request.param == "sync" else lambda **kwargs: anyio.run(run_async, kwargs)


CASES: list[tuple[str, Any, str | None, str, str]] = [
    ("bytes, no name", b"abc", None, "file", "application/octet-stream"),
    ("bytes, named", b"abc", "photo.JPG", "photo.JPG", "image/jpeg"),
    ("file object", io.BytesIO(b"abc"), "notes.txt", "notes.txt", "text/plain"),
]


@pytest.mark.parametrize(("case", "file", "filename", "name", "mime"), CASES, ids=[c[0] for c in CASES])
def test_the_file_part_is_named_and_typed(
    client: SparkBot,
    upload_route: respx.Route,
    case: str,
    file: Any,
    filename: str | None,
    name: str,
    mime: str,
) -> None:
    client.files.upload(file=file, filename=filename)
    assert parts(upload_route.calls.last.request)["file"] == (name, mime, b"abc")


def test_a_file_objects_own_name_is_used(client: SparkBot, upload_route: respx.Route, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF")
    with path.open("rb") as handle:
        client.files.upload(file=handle)
    assert parts(upload_route.calls.last.request)["file"] == ("scan.pdf", "application/pdf", b"%PDF")


def test_a_path_is_sent_under_its_base_name_and_closed(
    client: SparkBot, upload_route: respx.Route, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deep" / "menu.png"
    path.parent.mkdir()
    path.write_bytes(b"\x89PNG")
    opened: list[Any] = []
    real_open = open

    def tracking_open(*args: Any, **kwargs: Any) -> Any:
        handle = real_open(*args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr("builtins.open", tracking_open)
    client.files.upload(file=str(path))
    assert parts(upload_route.calls.last.request)["file"] == ("menu.png", "image/png", b"\x89PNG")
    assert opened and all(handle.closed for handle in opened)


def test_form_fields_and_query(upload: Upload, upload_route: respx.Route) -> None:
    """Every field of a local-file upload reaches the form (or the query), from the sync and async client."""
    upload(
        file=b"x",
        filename="a.gif",
        reference="ref-1",
        query_reference="q-1",
        format_="gif",
        expiration="7d",
        permission="private",
        tags=["a", "b"],
    )
    request = upload_route.calls.last.request
    assert request.url == f"{BASE_URL}/files?reference=q-1"
    fields = {k: v[2].decode() for k, v in parts(request).items() if k != "file"}
    assert fields == {
        "filename": "a.gif",
        "reference": "ref-1",
        "format": "gif",
        "expiration": "7d",
        "permission": "private",
        "tags": "a,b",
    }
    assert parts(request)["file"] == ("a.gif", "image/gif", b"x")


def test_no_form_fields_and_no_query_when_none_given(client: SparkBot, upload_route: respx.Route) -> None:
    client.files.upload(file=b"x")
    request = upload_route.calls.last.request
    assert request.url == f"{BASE_URL}/files" and list(parts(request)) == ["file"]


def test_what_cannot_be_sent_is_named(client: SparkBot, router: respx.MockRouter, tmp_path: Path) -> None:
    router.route().respond(201, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.files.upload(file=tmp_path / "missing.pdf")
    assert (info.value.field, info.value.rule) == ("file", "cannot be read: No such file or directory")
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.files.upload(file=12345)  # type: ignore[arg-type]
    assert (info.value.field, info.value.rule) == ("file", "must be a path, bytes or a binary file object")
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.files.upload(url="https://example.com/a.pdf", file=b"x")
    assert info.value.field == "url / file"
    assert info.value.rule == "give exactly one of them (a public URL or a local file)"
    assert router.calls.call_count == 0


def test_an_upload_by_url_sends_every_field(upload: Upload, router: respx.MockRouter) -> None:
    """Every field of an upload by URL reaches the JSON body (or the query), from sync and async clients."""
    route = router.post("/files").respond(201, json=[{"id": "f" * 24}])
    upload(
        url="https://example.com/a.pdf",
        filename="a.pdf",
        reference="ref-1",
        query_reference="q-1",
        format_="native",
        expiration="1d",
        permission="private",
        tags=["x"],
    )
    request = route.calls.last.request
    assert request.url.params["reference"] == "q-1"
    assert json.loads(request.content) == {
        "url": "https://example.com/a.pdf",
        "filename": "a.pdf",
        "reference": "ref-1",
        "format": "native",
        "expiration": "1d",
        "permission": "private",
        "tags": ["x"],
    }


@pytest.mark.parametrize(
    "form", [{"url": "https://example.com/a.pdf"}, {"file": b"abc"}], ids=["url", "file"]
)
def test_an_upload_applies_its_call_options(
    upload: Upload, router: respx.MockRouter, form: dict[str, Any]
) -> None:
    """timeout, extra_headers and max_retries given to an upload (either form) shape the request sent."""
    route = router.post("/files").respond(201, json=[{"id": "f" * 24}])
    upload(**form, timeout=3.0, extra_headers={"X-Trace": "t-1"}, max_retries=2, deadline=60.0)
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t-1"
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert request.extensions["sparkbot_max_retries"] == 2


def test_an_upload_by_url_is_retried_as_asked(upload: Upload, router: respx.MockRouter) -> None:
    """An upload by URL answered 429 is sent again when max_retries allows it (the client's default is 0)."""
    route = router.post("/files")
    route.side_effect = [httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(201, json=[])]
    assert upload(url="https://example.com/a.pdf", max_retries=1) == []
    assert route.call_count == 2


BAD_OPTIONS: list[tuple[str, Any]] = [
    ("timeout", -1),
    ("extra_headers", "X-Trace: t-1"),
    ("max_retries", -1),
    ("deadline", 0),
]


@pytest.mark.parametrize(
    "form", [{"url": "https://example.com/a.pdf"}, {"file": b"abc"}], ids=["url", "file"]
)
@pytest.mark.parametrize(("option", "value"), BAD_OPTIONS, ids=[o[0] for o in BAD_OPTIONS])
def test_an_uploads_bad_call_option_is_named_before_sending(
    upload: Upload, router: respx.MockRouter, form: dict[str, Any], option: str, value: Any
) -> None:
    """A bad per-call option of an upload (either form) fails naming that option, and nothing is sent."""
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        upload(**form, **{option: value})
    assert info.value.field == option
    assert router.calls.call_count == 0


@pytest.mark.parametrize(
    "given", [{}, {"url": "https://example.com/a.pdf", "file": b"x"}], ids=["neither", "both"]
)
def test_an_upload_takes_exactly_one_of_url_and_file(
    upload: Upload, router: respx.MockRouter, given: dict[str, Any]
) -> None:
    """Neither or both of url= and file= is refused, from the sync and async client, before sending."""
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        upload(**given)
    assert info.value.field == "url / file"
    assert router.calls.call_count == 0
