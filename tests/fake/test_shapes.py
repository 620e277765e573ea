"""The fake answers in the shapes public evidence shows (openapi/EVIDENCE.md): chats and chat messages keyed
by `id`, uploads answered as an array, a duplicate upload as a 409 naming the existing file, lists in `sort`
order. Plain HTTP, so what is checked is the wire, not what the SDK makes of it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sparkbot.testing import BASE_URL, FakeSparkBot
from sparkbot.testing._serving import ASGIThreadTransport
from sparkbot.testing._spec import _file_parts_as_31

from .conftest import assert_matches_spec

PHONES = ("+34600111333", "+34600111444", "+34600111555")
URL = "https://x.test/b.pdf"


@pytest.fixture
def http(fake: FakeSparkBot) -> Iterator[httpx.Client]:
    """Plain httpx to the fake; every answer is checked against the spec on the way back."""

    def check(response: httpx.Response) -> None:
        response.read()
        assert_matches_spec(response)

    with httpx.Client(
        base_url=BASE_URL,
        transport=ASGIThreadTransport(fake),
        headers={"Token": fake.api_key},
        event_hooks={"response": [check]},
    ) as client:
        yield client


def send(fake: FakeSparkBot, http: httpx.Client, *phones: str) -> list[str]:
    """Send one text to each phone and deliver it; the WhatsApp ids of the chat messages, in order."""
    ids = [
        http.post("/messages", json={"device": fake.device_id, "phone": p, "message": f"to {p}"}).json()["id"]
        for p in phones
    ]
    fake.advance()
    return [http.get(f"/messages/{i}").json()["waId"] for i in ids]


def test_chats_and_chat_messages_are_keyed_by_id(fake: FakeSparkBot, http: httpx.Client) -> None:
    [wa_id] = send(fake, http, PHONES[0])
    device = fake.device_id
    [chat] = http.get(f"/chat/{device}/chats").json()
    assert (chat["id"], chat["wid"], chat["type"]) == ("34600111333@c.us", "34600111333@c.us", "chat")
    assert chat["contact"] == {"wid": chat["id"], "phone": PHONES[0]}
    assert http.get(f"/chat/{device}/chats/{chat['id']}").json()["id"] == chat["id"]
    query = {"chat": chat["id"], "flow": "outbound"}  # the filter's values are the stored ones
    [message] = http.get(f"/chat/{device}/messages", params=query).json()
    assert (message["id"], message["type"], message["flow"]) == (wa_id, "text", "outbound")
    assert http.get(f"/chat/{device}/messages/{message['id']}").json()["id"] == wa_id


def test_a_group_answers_with_its_participants(fake: FakeSparkBot, http: httpx.Client) -> None:
    body = {"name": "Team", "participants": [{"phone": PHONES[0], "admin": True}]}
    group = http.post(f"/devices/{fake.device_id}/groups", json=body).json()
    assert group["id"] == group["wid"]
    found = http.get(f"/devices/{fake.device_id}/groups/{group['id']}").json()
    members = {p["phone"]: p["isAdmin"] for p in found["participants"]}
    assert members == {"+34600111222": True, PHONES[0]: True}  # the number that created it, and the added
    [listed] = http.get(f"/devices/{fake.device_id}/groups").json()
    assert listed["participants"] == found["participants"]  # lists carry them too (C# GetGroups reads them)
    chat = http.get(f"/chat/{fake.device_id}/chats/{group['id']}").json()
    assert (chat["type"], chat["group"]["totalParticipants"]) == ("group", 2)
    assert {p["phone"] for p in chat["group"]["participants"]} == {"+34600111222", PHONES[0]}
    participants = f"/devices/{fake.device_id}/groups/{group['id']}/participants"
    added = http.post(participants, json={"participants": [{"phone": PHONES[1]}]}).json()
    assert (added["id"], len(added["participants"])) == (group["id"], 3)  # the group, as it is now
    updated = http.patch(participants, json={"participants": [{"phone": PHONES[0], "admin": False}]}).json()
    assert {p["phone"]: p["isAdmin"] for p in updated["participants"]}[PHONES[0]] is False


def test_upload_by_url_answers_an_array_of_created_files(fake: FakeSparkBot, http: httpx.Client) -> None:
    reply = http.post("/files", json={"url": "https://x.test/docs/report.pdf", "expiration": "1d"})
    assert reply.status_code == 201
    [created] = reply.json()
    assert len(created["id"]) == 24 and int(created["id"], 16) >= 0
    assert (created["filename"], created["mime"], created["kind"], created["ext"]) == (
        "report.pdf",
        "application/pdf",
        "document",
        "pdf",
    )
    assert created["origin"] == "remote" and created["url"] == "https://x.test/docs/report.pdf"
    content = http.get(f"/files/{created['id']}/download").content
    assert (created["size"], created["sha2"]) == (len(content), hashlib.sha256(content).hexdigest())
    assert http.get(f"/files/{created['id']}").json() == created


def test_upload_of_a_local_file_as_multipart(fake: FakeSparkBot, http: httpx.Client) -> None:
    data = b"\xff\xd8\xff\xe0 a photo"
    reply = http.post(
        "/files",
        params={"reference": "invoice-17"},
        files={"file": ("photo.jpg", data, "image/jpeg")},
        data={"expiration": "1h"},
    )
    assert reply.status_code == 201
    [created] = reply.json()
    assert created["origin"] == "upload" and created["reference"] == "invoice-17"
    assert (created["filename"], created["mime"], created["kind"], created["size"]) == (
        "photo.jpg",
        "image/jpeg",
        "image",
        len(data),
    )
    assert created["sha2"] == hashlib.sha256(data).hexdigest()
    [default] = http.post("/files", json={"url": URL}).json()
    assert created["expiresAt"] < default["expiresAt"]  # 1h, then the default 30d
    assert http.get(f"/files/{created['id']}/download").content == data
    assert [f["id"] for f in http.get("/files", params={"reference": "invoice-17"}).json()] == [created["id"]]


@pytest.mark.parametrize(
    "again",
    [
        pytest.param({"files": {"file": ("copy.jpg", b"same bytes", "image/jpeg")}}, id="same-content"),
        pytest.param({"json": {"url": URL, "reference": "r-1"}}, id="same-reference"),
        pytest.param({"json": {"url": URL}, "params": {"reference": "r-1"}}, id="query-reference"),
    ],
)
def test_a_duplicate_upload_is_409_naming_the_existing_file(
    fake: FakeSparkBot, http: httpx.Client, again: dict[str, object]
) -> None:
    upload = {"file": ("a.jpg", b"same bytes", "image/jpeg")}
    [existing] = http.post("/files", files=upload, data={"reference": "r-1"}).json()
    duplicate = http.post("/files", **again)  # type: ignore[arg-type]
    assert duplicate.status_code == 409
    body = duplicate.json()
    assert body["status"] == 409 and body["errorCode"]
    assert body["message"] == f"File already exists with ID {existing['id']}."
    assert body["meta"] == {"file": existing["id"]}  # what callers send on as media.file
    assert len(fake.state.files) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        pytest.param({"files": {"other": ("a.txt", b"x", "text/plain")}}, "file", id="multipart-no-file"),
        pytest.param({"json": {"filename": "a.pdf"}}, "url", id="json-no-url"),
        pytest.param(
            {"files": {"file": ("a.txt", b"x", "text/plain")}, "data": {"expiration": "3w"}},
            "expiration",
            id="multipart-field-checked",
        ),
    ],
)
def test_an_upload_without_a_file_is_400_naming_the_field(
    fake: FakeSparkBot, http: httpx.Client, kwargs: dict[str, object], field: str
) -> None:
    reply = http.post("/files", **kwargs)  # type: ignore[arg-type]
    assert reply.status_code == 400
    assert [e["reason"] for e in reply.json()["errors"]] == [field]
    assert fake.state.files == {}


def test_lists_follow_sort(fake: FakeSparkBot, http: httpx.Client) -> None:
    device = fake.device_id
    send(fake, http, *PHONES)
    chats = f"/chat/{device}/chats"
    newest = ["34600111555@c.us", "34600111444@c.us", "34600111333@c.us"]
    assert [c["id"] for c in http.get(chats).json()] == newest  # the spec's default: lastMessageAt:desc
    assert [c["id"] for c in http.get(chats, params={"sort": "lastMessageAt:asc"}).json()] == newest[::-1]
    http.patch(f"{chats}/34600111444@c.us/unread", json={"unread": True})
    by_unread = [c["id"] for c in http.get(chats, params={"sort": "unreadCount:desc"}).json()]
    assert by_unread[0] == "34600111444@c.us"  # the count sits in chat.meta
    for sort, order in (("date:asc", PHONES), ("date:desc", PHONES[::-1])):
        assert [m["phone"] for m in http.get("/messages", params={"sort": sort}).json()] == list(order)


def test_chat_messages_take_the_api_limit(fake: FakeSparkBot, http: httpx.Client) -> None:
    send(fake, http, *PHONES)
    listed = http.get(f"/chat/{fake.device_id}/messages", params={"limit": 2, "sort": "date:asc"}).json()
    assert [m["to"] for m in listed] == ["34600111333@c.us", "34600111444@c.us"]


def test_chat_labels_upsert_creates_the_missing_ones(fake: FakeSparkBot, http: httpx.Client) -> None:
    send(fake, http, PHONES[0])
    labels = f"/chat/{fake.device_id}/chats/34600111333@c.us/labels"
    assert http.patch(labels, json=["humano"]).status_code == 404
    assert http.patch(labels, json=["humano", "vip"], params={"upsert": "true"}).status_code == 200
    assert http.get(f"/chat/{fake.device_id}/chats/34600111333@c.us").json()["labels"] == ["humano", "vip"]
    assert "humano" in {label["name"] for label in http.get(f"/devices/{fake.device_id}/labels").json()}


def test_a_contact_needs_a_phone_with_digits(fake: FakeSparkBot, http: httpx.Client) -> None:
    contacts = f"/chat/{fake.device_id}/contacts"
    assert http.post(contacts, json={"phone": ""}).json()["errors"][0]["reason"] == "phone"
    bulk = http.patch(contacts, json=[{"phone": "+34600111333"}, {"phone": "n/a"}])
    assert (bulk.status_code, bulk.json()["errors"][0]["reason"]) == (400, "1.phone")
    assert fake.state.devices[fake.device_id].contacts == {}  # all or nothing


EVIDENCE = Path(__file__).resolve().parent.parent / "evidence"
# Reply fixtures of real objects, and the keys of theirs the fake does not model (and why).
NOT_MODELLED: dict[str, set[str]] = {
    "chat_messages_get_reply_from_webhook": set(),
    "chat_messages_get_reply_read_from_webhook": set(),
    "chat_messages_get_reply_outbound_from_webhook": {"agent"},  # sent by a team member, not the API
    "chats_get_reply_from_webhook": {  # inbound traffic, reactions, assignment, deletion: other flows
        *("lastInboundMessageAt", "lastReactionAt", "lastReactionEmoji", "owner", "statusUpdatedAt"),
        *("deletedAt", "name"),
    },
    "messages_get_reply_from_webhook": {"webhookStatus"},
    "messages_get_failed_reply_from_webhook": {"webhookStatus"},
    "devices_get_reply_from_webhook": {"description", "links", "stats"},
    "chat_files_get_reply_from_webhook": {"expiresAt", "links", "meta", "preview"},
}


@pytest.mark.parametrize("name", sorted(NOT_MODELLED))
def test_the_fake_answers_the_keys_the_evidence_shows(
    fake: FakeSparkBot, http: httpx.Client, name: str
) -> None:
    fixture = json.loads((EVIDENCE / f"{name}.json").read_text())
    device = fake.device_id
    message = http.post("/messages", json={"phone": PHONES[0], "message": "hi"}).json()
    http.post("/messages", json={"phone": PHONES[0], "media": {"url": "https://x.test/a.jpg"}})
    fake.advance()
    message = http.get(f"/messages/{message['id']}").json()
    chat_file = next(iter(fake.state.devices[device].chat_files))
    paths = {
        "get_chat": f"/chat/{device}/chats/34600111333@c.us",
        "get_chat_message": f"/chat/{device}/messages/{message['waId']}",
        "get_message": f"/messages/{message['id']}",
        "get_device": f"/devices/{device}",
        "get_chat_file": f"/chat/{device}/files/{chat_file}",
    }
    answered = http.get(paths[fixture["operationId"]]).json()
    assert set(fixture["body"]) - set(answered) == NOT_MODELLED[name]


def test_schedule_delays_a_message(fake: FakeSparkBot, http: httpx.Client) -> None:
    later = http.post(
        "/messages", json={"phone": PHONES[0], "message": "in an hour", "schedule": {"delayTo": "1h"}}
    )
    past = {"phone": PHONES[1], "message": "due", "schedule": {"date": "2020-01-01T00:00:00Z"}}
    due = http.post("/messages", json=past).json()
    fake.advance(2)
    queued = http.get(f"/messages/{later.json()['id']}").json()
    assert (queued["status"], queued["schedule"]) == ("queued", {"enabled": True})
    assert queued["deliverAt"] > queued["createdAt"]
    assert http.get(f"/messages/{due['id']}").json()["status"] == "delivered"
    refused = http.post(
        "/messages", json={"phone": PHONES[0], "message": "x", "schedule": {"delayTo": "soon"}}
    )
    assert refused.json()["errors"][0]["reason"] == "schedule.delayTo"


@pytest.mark.parametrize(
    ("path", "content"),
    [
        pytest.param("/files", b"not a form", id="no-boundary"),
        pytest.param("/files", b"--xyz\r\nnot a part", id="broken-part"),
        pytest.param("/messages", b"--xyz\r\n", id="send-as-form"),
    ],
)
def test_a_malformed_or_unexpected_form_is_400(http: httpx.Client, path: str, content: bytes) -> None:
    kind = "multipart/form-data" + ("; boundary=xyz" if content.startswith(b"--") else "")
    reply = http.post(path, content=content, headers={"content-type": kind})
    assert (reply.status_code, reply.json()["errors"][0]["reason"]) == (400, "body")


def test_file_parts_are_given_to_openapi_core_the_31_way() -> None:
    """`format: binary` parts (inline, by reference, in arrays) become `contentMediaType`: openapi-core 0.23.1
    would read them as bytes and then refuse them for not being strings."""
    binary = {"type": "string", "format": "binary"}
    doc = {"components": {"schemas": {"Upload": {"properties": {"file": dict(binary)}}}}}
    inline = {"properties": {"files": {"type": "array", "items": dict(binary)}, "name": {"type": "string"}}}
    _file_parts_as_31(doc, {"$ref": "#/components/schemas/Upload"})
    _file_parts_as_31(doc, inline)
    as_31 = {"type": "string", "contentMediaType": "application/octet-stream"}
    assert doc["components"]["schemas"]["Upload"]["properties"]["file"] == as_31
    assert inline["properties"] == {"files": {"type": "array", "items": as_31}, "name": {"type": "string"}}


@pytest.mark.parametrize(
    ("schedule", "seconds"),
    [({"delay": 3600}, 3600), ({"delay": True, "delayTo": "2h"}, 7200), ({"delayTo": "1d"}, 86400)],
)
def test_a_scheduled_status_waits(
    fake: FakeSparkBot, http: httpx.Client, schedule: dict[str, object], seconds: int
) -> None:
    posted = http.post(
        f"/chat/{fake.device_id}/status", json={"message": "later", "schedule": schedule}
    ).json()
    created, due = (datetime.fromisoformat(posted[k]) for k in ("createdAt", "deliverAt"))
    assert posted["status"] == "scheduled" and abs((due - created).total_seconds() - seconds) <= 2


def test_numbers_are_validated_in_the_shape_the_evidence_shows(http: httpx.Client) -> None:
    body = {"country": "BR", "prefix": 55, "numbers": [{"phone": "51991096510"}, {"phone": "+5511987654321"}]}
    local, international = http.post("/numbers/validate", json=body).json()["numbers"]
    assert (local["input"], local["phone"], local["wid"]) == (
        "51991096510",
        "+5551991096510",
        "5551991096510@c.us",
    )
    assert (local["countryPrefix"], local["formats"]["national"]) == (55, "51991096510")
    assert international["phone"] == "+5511987654321" and "countryPrefix" not in international
    spanish = http.post(
        "/numbers/validate", json={"country": "ES", "numbers": [{"phone": "600111222"}, {"phone": "1"}]}
    )
    assert spanish.json()["summary"] == {"total": 2, "valid": 1, "invalid": 1}
    assert spanish.json()["numbers"][0]["phone"] == "+34600111222"

    exists = http.post("/numbers/exists", json={"phone": "+447700900123"}).json()
    assert (exists["wid"], exists["country"]) == ("447700900123@c.us", {"code": "GB", "phonePrefix": "+44"})
