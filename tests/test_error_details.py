"""What an error tells the caller: the server's words picked from any JSON error body (a message, an
`error` string, or the status text when neither is a string), the code and the error list only when they
have the right type, long messages cut, and the API key never shown, neither in the URL (`?token=`) nor
echoed back in a message."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import SparkBot

from .conftest import API_KEY, BASE_URL

BODIES: list[tuple[int, Any, str, str | None, list[Any]]] = [
    # status, JSON body, exc.message, exc.error_code, exc.errors
    (400, {"error": "phone is not a WhatsApp number"}, "phone is not a WhatsApp number", None, []),
    (400, {"message": "", "error": "fallback words"}, "fallback words", None, []),
    (404, {"status": 404}, "Not Found", None, []),
    (409, {"message": 42, "error": ["not", "text"]}, "Conflict", None, []),
    (422, {"message": None, "code": "E_CODE", "errors": "not a list"}, "Unprocessable Entity", "E_CODE", []),
    (400, {"message": "m", "errorCode": 7, "code": "E_FALLBACK"}, "m", "E_FALLBACK", []),
    (400, {"message": "m", "errorCode": "E_FIRST", "code": "E_SECOND"}, "m", "E_FIRST", []),
    (400, {"message": "m", "errors": [{"path": "x"}, "y"]}, "m", None, [{"path": "x"}, "y"]),
    (400, {}, "Bad Request", None, []),
    (418, {"message": "short and stout"}, "short and stout", None, []),
]


@pytest.mark.parametrize(("status", "body", "message", "code", "errors"), BODIES)
def test_json_error_bodies_of_any_shape(
    client: SparkBot,
    router: respx.MockRouter,
    status: int,
    body: Any,
    message: str,
    code: str | None,
    errors: list[Any],
) -> None:
    router.get("/devices").respond(status, json=body)
    with pytest.raises(sparkbot.APIStatusError) as info:
        client.request("GET", "/devices")
    exc = info.value
    assert (exc.status_code, exc.message, exc.error_code, exc.errors) == (status, message, code, errors)
    assert exc.body == body
    assert str(exc) == f"{status} {message} (GET {BASE_URL}/devices)"


def test_other_statuses_get_the_base_or_server_class(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(418, json={"message": "teapot"})
    router.get("/chats").respond(507, json={"message": "full"})
    with pytest.raises(sparkbot.APIStatusError) as teapot:
        client.request("GET", "/devices")
    assert type(teapot.value) is sparkbot.APIStatusError
    with pytest.raises(sparkbot.InternalServerError):
        client.request("GET", "/chats")


def test_a_long_message_is_cut_but_the_body_is_kept(client: SparkBot, router: respx.MockRouter) -> None:
    words = "x" * 199 + "yz" + "0" * 300
    router.get("/devices").respond(400, json={"message": words})
    with pytest.raises(sparkbot.BadRequestError) as info:
        client.request("GET", "/devices")
    assert info.value.message == "x" * 199 + "y…"
    assert info.value.body == {"message": words}
    exact = "a" * 200
    router.get("/chats").respond(400, json={"message": exact})
    with pytest.raises(sparkbot.BadRequestError) as info:
        client.request("GET", "/chats")
    assert info.value.message == exact


def test_a_text_body_is_the_message_when_there_is_no_json(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(
        500, content=b"  upstream timed out \n", headers={"content-type": "text/plain"}
    )
    with pytest.raises(sparkbot.InternalServerError) as info:
        client.request("GET", "/devices")
    assert info.value.message == "upstream timed out"
    assert info.value.body is None


def test_the_key_echoed_in_a_message_is_hidden_before_the_cut(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get("/devices").respond(401, json={"message": "x" * 195 + f"bad key {API_KEY}"})
    with pytest.raises(sparkbot.AuthenticationError) as info:
        client.request("GET", "/devices")
    assert API_KEY not in str(info.value) and API_KEY[:8] not in str(info.value)
    assert info.value.message == "x" * 195 + "bad k…"


def test_token_in_the_url_is_hidden_in_status_errors(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(404, json={"message": "no such thing"})
    with pytest.raises(sparkbot.NotFoundError) as info:
        client.request("GET", "/devices", params={"token": API_KEY, "page": "2"})
    exc = info.value
    assert API_KEY not in str(exc) and API_KEY not in exc.url
    assert exc.url == f"{BASE_URL}/devices?token=%2A%2A%2A&page=2"
    assert f"(GET {exc.url})" in str(exc)


def test_a_url_without_token_is_shown_as_sent(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(404, json={"message": "no such thing"})
    with pytest.raises(sparkbot.NotFoundError) as info:
        client.request("GET", "/devices", params={"tokens": "1", "page": "2"})
    assert info.value.url == f"{BASE_URL}/devices?tokens=1&page=2"


def test_token_in_the_url_is_hidden_in_connection_errors() -> None:
    client = SparkBot(api_key=API_KEY, base_url="http://127.0.0.1:9/v1", max_retries=0)
    with client, pytest.raises(sparkbot.APIConnectionError) as info:
        client.request("GET", "/devices", params={"token": API_KEY})
    assert API_KEY not in str(info.value) and API_KEY not in info.value.url
    assert "token=" in info.value.url


def test_a_connection_errors_cause_keeps_its_words_with_the_key_masked(
    client: SparkBot, router: respx.MockRouter
) -> None:
    """The httpx error behind an APIConnectionError (shown in tracebacks) keeps what it said, each of
    its arguments with the key replaced by ***."""
    router.get("/devices").mock(side_effect=httpx.ConnectError(f"refused for {API_KEY} at proxy"))
    with pytest.raises(sparkbot.APIConnectionError) as info:
        client.request("GET", "/devices")
    cause = info.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.args == ("refused for *** at proxy",)


def test_an_unreadable_reply_says_so_with_the_body_as_received(
    client: SparkBot, router: respx.MockRouter
) -> None:
    headers = {"content-type": "application/json; charset=no-such-charset"}
    router.get("/devices/" + "a" * 24).respond(200, content=b"{not json \xff", headers=headers)
    with pytest.raises(sparkbot.APIResponseValidationError) as info:
        client.devices.get("a" * 24)
    exc = info.value
    assert str(exc).startswith("Unreadable response (200): UnicodeDecodeError: ")
    assert str(exc).endswith(f" (GET {BASE_URL}/devices/{'a' * 24})")
    assert exc.message == str(exc).rpartition(" (GET")[0]
    assert (exc.status_code, exc.text) == (200, "{not json \ufffd")  # an unknown charset reads as UTF-8


def test_a_status_error_in_an_unknown_charset_is_read_as_utf8(
    client: SparkBot, router: respx.MockRouter
) -> None:
    headers = {"content-type": "text/plain; charset=no-such-charset"}
    router.get("/devices").respond(502, content="puerta de enlace caída".encode(), headers=headers)
    with pytest.raises(sparkbot.InternalServerError) as info:
        client.request("GET", "/devices")
    assert info.value.message == "puerta de enlace caída"


def test_a_status_without_a_reason_phrase_or_body_still_says_error(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get("/devices").respond(599)
    with pytest.raises(sparkbot.InternalServerError) as info:
        client.request("GET", "/devices")
    assert info.value.message == "error" and str(info.value) == f"599 error (GET {BASE_URL}/devices)"


def test_a_key_echoed_in_a_short_message_reads_as_stars(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(401, json={"message": f"bad key {API_KEY}, try again"})
    with pytest.raises(sparkbot.AuthenticationError) as info:
        client.request("GET", "/devices")
    assert info.value.message == "bad key ***, try again"


@pytest.mark.parametrize(
    ("failure", "error", "message"),
    [
        (httpx.ConnectError("refused"), sparkbot.APIConnectionError, "Connection error: ConnectError"),
        (
            httpx.RemoteProtocolError("cut"),
            sparkbot.APIConnectionError,
            "Connection error: RemoteProtocolError",
        ),
        (httpx.ReadTimeout("slow"), sparkbot.APITimeoutError, "Request timed out"),
        (httpx.ConnectTimeout("slow"), sparkbot.APITimeoutError, "Request timed out"),
    ],
)
def test_transport_failures_say_what_happened(
    client: SparkBot, router: respx.MockRouter, failure: Exception, error: type[Exception], message: str
) -> None:
    router.get("/devices").mock(side_effect=failure)
    with pytest.raises(sparkbot.APIConnectionError) as info:
        client.request("GET", "/devices")
    assert type(info.value) is error
    assert info.value.message == message and str(info.value) == f"{message} (GET {BASE_URL}/devices)"


def test_connection_errors_made_by_hand_read_like_the_clients() -> None:
    """As a caller's own tests make them (to mock a failing call)."""
    request = httpx.Request("GET", f"{BASE_URL}/devices?token={API_KEY}")
    assert (
        str(sparkbot.APIConnectionError(request=request))
        == f"Connection error (GET {BASE_URL}/devices?token=%2A%2A%2A)"
    )
    timeout = sparkbot.APITimeoutError(request=request)
    assert (timeout.message, timeout.method) == ("Request timed out", "GET")


def test_bodies_stay_readable_whatever_the_http_clients_default_encoding(router: respx.MockRouter) -> None:
    """A caller's own httpx client may name an encoding Python lacks: the body is then read as UTF-8."""
    router.get("/devices").respond(502, content="puerta caída \xff".encode() + b"\xff")
    router.get("/devices/" + "a" * 24).respond(
        200, content=b"{\xff", headers={"content-type": "application/json"}
    )
    own = httpx.Client(base_url=BASE_URL, default_encoding="no-such-codec")
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own, max_retries=0) as client:
        with pytest.raises(sparkbot.InternalServerError) as info:
            client.request("GET", "/devices")
        assert info.value.message == "puerta caída \xff\ufffd"
        with pytest.raises(sparkbot.APIResponseValidationError) as unreadable:
            client.devices.get("a" * 24)
        assert unreadable.value.text == "{\ufffd"
