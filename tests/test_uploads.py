"""`client.files.upload`: by URL (JSON) or a local file (multipart), against the fake over loopback HTTP."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot.testing import FakeSparkBot
from sparkbot_api.models.file import File

from .conftest import API_KEY

PDF = b"%PDF-1.4 evidence of a real upload\n" * 100


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeSparkBot, str]]:
    fake = FakeSparkBot(api_key=API_KEY)
    with fake.running() as url:
        yield fake, url


@pytest.fixture
def client(served: tuple[FakeSparkBot, str]) -> Iterator[SparkBot]:
    with SparkBot(api_key=API_KEY, base_url=served[1], max_retries=0) as c:
        yield c


def test_upload_by_url_returns_the_created_files(client: SparkBot) -> None:
    files = client.files.upload(url="https://example.com/catalogue-2026.pdf", reference="cat-26")
    assert [type(f) for f in files] == [File]
    assert files[0].reference == "cat-26" and files[0].filename == "catalogue-2026.pdf"


def test_upload_of_a_path_streams_it_as_multipart(client: SparkBot, tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(PDF)
    (uploaded,) = client.files.upload(file=path, reference="inv-1", tags=["invoices", "2026"])
    assert uploaded.filename == "invoice.pdf" and uploaded.size == len(PDF)
    assert uploaded.mime == "application/pdf" and uploaded.reference == "inv-1"
    assert client.files.download(uploaded.id) == PDF  # the bytes made it across


def test_upload_of_bytes_and_of_a_file_object(client: SparkBot) -> None:
    (from_bytes,) = client.files.upload(file=b"hello", filename="hello.txt", query_reference="q-1")
    assert (from_bytes.filename, from_bytes.size, from_bytes.reference) == ("hello.txt", 5, "q-1")
    buffer = io.BytesIO(b"\x89PNG" + bytes(range(256)))
    (from_object,) = client.files.upload(file=buffer, filename="pixel.png")
    assert from_object.filename == "pixel.png" and from_object.mime == "image/png"


def test_a_duplicate_upload_is_a_conflict_naming_the_existing_file(client: SparkBot) -> None:
    (first,) = client.files.upload(file=b"same bytes twice", filename="twice.bin")
    with pytest.raises(sparkbot.ConflictError) as info:
        client.files.upload(file=b"same bytes twice", filename="twice.bin")
    assert info.value.body is not None and info.value.body["meta"]["file"] == first.id


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"url": "https://example.com/a.pdf", "file": b"x"}],
    ids=["neither", "both"],
)
def test_url_or_file_exactly_one(client: SparkBot, kwargs: dict[str, object]) -> None:
    with respx.mock(assert_all_mocked=True) as router:
        with pytest.raises(sparkbot.SparkBotValidationError, match="url / file"):
            client.files.upload(**kwargs)  # type: ignore[arg-type]
        assert not router.calls


def test_a_missing_path_is_a_validation_error(client: SparkBot, tmp_path: Path) -> None:
    with pytest.raises(sparkbot.SparkBotValidationError, match="file: cannot be read"):
        client.files.upload(file=tmp_path / "nope.pdf")


def test_form_fields_are_checked_before_sending(client: SparkBot) -> None:
    with pytest.raises(sparkbot.SparkBotValidationError, match="permission"):
        client.files.upload(file=b"x", permission="everyone")  # type: ignore[arg-type]


def test_the_file_travels_as_a_stream_not_a_copy(tmp_path: Path) -> None:
    """A path is sent in chunks from the open file: the request body is a stream, not bytes in memory."""
    path = tmp_path / "big.bin"
    path.write_bytes(b"\0" * (3 * 65536 + 5))
    seen: list[httpx.Request] = []

    class Streaming(httpx.BaseTransport):  # unlike httpx.MockTransport, it does not read the body first
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            assert not isinstance(request.stream, httpx.ByteStream)
            chunks = list(request.stream)  # type: ignore[arg-type]
            assert len(chunks) > 3 and b"".join(chunks).count(b"\0") == 3 * 65536 + 5
            return httpx.Response(201, json=[{"id": "6a1b2c3d4e5f6a7b8c9d0e1f", "filename": "big.bin"}])

    http = httpx.Client(transport=Streaming(), base_url="http://sparkbot.test/v1")
    with SparkBot(api_key=API_KEY, base_url="http://sparkbot.test/v1", http_client=http) as c:
        assert c.files.upload(file=path)[0].filename == "big.bin"
    assert seen[0].headers["content-type"].startswith("multipart/form-data; boundary=")


@pytest.mark.anyio
async def test_async_upload_of_a_path(served: tuple[FakeSparkBot, str], tmp_path: Path) -> None:
    path = tmp_path / "menu.jpg"
    path.write_bytes(b"\xff\xd8\xff" + bytes(1000))
    async with AsyncSparkBot(api_key=API_KEY, base_url=served[1], max_retries=0) as c:
        (uploaded,) = await c.files.upload(file=path)
        assert uploaded.filename == "menu.jpg" and uploaded.mime == "image/jpeg"
        (by_url,) = await c.files.upload(url="https://example.com/menu-2.jpg")
        assert by_url.filename == "menu-2.jpg"


def test_raw_upload_of_a_file_answers_the_status_and_the_files(client: SparkBot) -> None:
    raw = client.with_raw_response.files.upload(file=PDF + b"raw", filename="raw.pdf")
    assert isinstance(raw, sparkbot.APIResponse) and raw.status_code == 201
    assert [f.filename for f in raw.parsed] == ["raw.pdf"]
    by_url = client.with_raw_response.files.upload(url="https://example.com/raw-by-url.pdf")
    assert by_url.status_code == 201 and [type(f) for f in by_url.parsed] == [File]


@pytest.mark.anyio
async def test_async_raw_upload_of_a_file(served: tuple[FakeSparkBot, str]) -> None:
    async with AsyncSparkBot(api_key=API_KEY, base_url=served[1], max_retries=0) as c:
        raw = await c.with_raw_response.files.upload(file=PDF + b"async raw", filename="araw.pdf")
    assert raw.status_code == 201 and [f.filename for f in raw.parsed] == ["araw.pdf"]
