"""The fake keeps real state: what one call changes, the next calls see."""

from __future__ import annotations

import re

import httpx
import pytest
from sparkbot import NotFoundError, SparkBot
from sparkbot.testing import FakeSparkBot

from .conftest import assert_matches_spec

PHONE = "+34600111222"
CHAT = "34600111222@c.us"


@pytest.fixture(autouse=True)
def _every_answer_matches_spec(exchanges: list[httpx.Response]) -> object:
    yield
    for response in exchanges:
        assert_matches_spec(response)


def test_sent_text_is_queued_then_delivered_step_by_step(fake: FakeSparkBot, client: SparkBot) -> None:
    device = fake.device_id
    sent = client.messages.send_text(device=device, phone=PHONE, message="hi")
    assert re.fullmatch(r"[0-9a-f]{24}", sent.id)
    assert sent.status == "queued"
    assert [m.id for m in client.messages.list(status=["queued"])] == [sent.id]
    assert client.queue.get_status(device).queued == 1

    first = client.messages.get(sent.id)  # each read is one delivery step
    assert (first.status, first.delivery_status) == ("sent", "sent")
    assert client.queue.get_status(device).queued == 0
    second = client.messages.get(sent.id)
    assert (second.status, second.delivery_status) == ("delivered", "delivered")
    assert client.messages.get(sent.id).status == "delivered"  # the last step
    assert [m.id for m in client.messages.list(status=["queued"])] == []
    assert [m.id for m in client.messages.list(status=["delivered"])] == [sent.id]

    chat = client.chats.get(CHAT, device=device)
    assert chat.last_message is not None and chat.last_message["wid"] == second.wa_id
    [in_chat] = client.chat_messages.list(device=device, chat=CHAT)
    assert (in_chat.wid, in_chat.ack, in_chat.body) == (second.wa_id, "delivered", "hi")


def test_advance_moves_every_message_and_the_queue_empties(fake: FakeSparkBot, client: SparkBot) -> None:
    ids = [client.messages.send_text(phone=p, message="x").id for p in (PHONE, "+34600111333")]
    assert fake.advance() == 2
    assert {client.messages.list(status=["sent"]).pages().__next__()[i].id for i in (0, 1)} == set(ids)
    assert fake.advance(steps=5) == 2  # one step was left for each
    assert [m.status for m in client.messages.list()] == ["delivered", "delivered"]


def test_messages_stay_queued_while_the_session_is_not_online(fake: FakeSparkBot, client: SparkBot) -> None:
    device = fake.device_id
    client.sessions.reset(device)
    assert client.sessions.health(device).online is False
    queued = client.messages.send_text(device=device, phone=PHONE, message="later")
    assert fake.advance() == 0
    assert client.messages.get(queued.id).status == "queued"
    assert client.sessions.start(device).session_status == "online"
    assert client.messages.get(queued.id).status == "sent"


def test_queue_empty_and_message_delete(fake: FakeSparkBot, client: SparkBot) -> None:
    keep = client.messages.send_text(phone=PHONE, message="keep")
    drop = client.messages.send_text(phone="+34600111333", message="drop")
    client.queue.empty(phones=["+34600111333"])
    assert [m.status for m in client.messages.list()] == ["queued", "removed"]
    client.messages.delete(drop.id)
    with pytest.raises(NotFoundError):
        client.messages.get(drop.id)
    assert [m.id for m in client.messages.list()] == [keep.id]


def test_list_filters_by_phone_and_device(fake: FakeSparkBot, client: SparkBot) -> None:
    other = fake.add_device(phone="+34600999000", alias="backup")
    first = client.messages.send_text(device=fake.device_id, phone=PHONE, message="a")
    second = client.messages.send_text(device=other["id"], phone="+34600111333", message="b")
    assert [m.id for m in client.messages.list(phone="+34 600 111 222")] == [first.id]
    assert [m.id for m in client.messages.list(device=other["id"])] == [second.id]


def test_label_lifecycle_and_chat_labels(fake: FakeSparkBot, client: SparkBot) -> None:
    device = fake.device_id
    client.messages.send_text(phone=PHONE, message="hello")  # opens the chat
    label = client.labels.create(device, name="support", color="ruby")
    assert label.name == "support"
    assert [x.name for x in client.labels.list(device)] == ["new-customer", "vip", "support"]
    client.chats.update_labels(CHAT, device, body=["support", "vip"])
    assert [c.wid for c in client.chats.list(device, labels=["support"])] == [CHAT]
    assert client.labels.update(device, name="support", color="aqua").color == "aqua"
    client.labels.delete(device, name="support")
    assert client.chats.get(CHAT, device)["labels"] == ["vip"]
    with pytest.raises(NotFoundError) as caught:
        client.chats.update_labels(CHAT, device, body=["nope"])
    assert caught.value.errors == [{"reason": "labels", "message": "label not found: nope"}]


def test_lists_page_with_zero_based_page_and_size(fake: FakeSparkBot, client: SparkBot) -> None:
    people = [{"phone": f"+3460022{n:04d}", "name": f"Person {n:02d}"} for n in range(23)]
    client.contacts.bulk_create(body=people)
    fake.requests.clear()
    names = [contact.name for contact in client.contacts.list(size=10)]
    assert names == [f"Person {n:02d}" for n in range(23)]  # the spec's default sort: name:asc
    assert [(r.query["page"], r.query["size"]) for r in fake.requests] == [
        ("0", "10"),
        ("1", "10"),
        ("2", "10"),
    ]


def test_lists_without_paging_in_the_spec_return_everything(fake: FakeSparkBot, client: SparkBot) -> None:
    for n in range(23):
        client.labels.create(name=f"label-{n:02d}", color="gold")
    assert len(client.labels.list()) == 25


def test_groups_participants_and_sending_to_a_group(fake: FakeSparkBot, client: SparkBot) -> None:
    group = client.groups.create(name="Team", participants=[{"phone": "+34600111333", "admin": True}])
    assert group.total_participants == 2  # the number itself and the one added
    client.groups.add_participants(group.wid, participants=[{"phone": "+34600111444"}])
    members = client.chats.list_participants(group.wid)
    assert {m.wid for m in members} >= {"34600111333@c.us", "34600111444@c.us"}
    sent = client.messages.send_text(group=group.wid, message="hi team")
    assert sent.group == group.wid
    with pytest.raises(NotFoundError):
        client.messages.send_text(group="120363999999999999@g.us", message="nobody")


def test_scan_qr_is_an_svg(fake: FakeSparkBot, client: SparkBot) -> None:
    raw = client.with_raw_response.sessions.scan_qr(fake.device_id)
    assert raw.headers["content-type"] == "image/svg+xml"
    assert raw.parsed.startswith("<svg")
    assert client.sessions.scan_qr(fake.device_id, encoding="json").startswith('{"data"')


@pytest.mark.anyio
async def test_async_client_sends_and_reads(fake: FakeSparkBot) -> None:
    async with fake.async_client(max_retries=0) as client:
        sent = await client.messages.send_text(device=fake.device_id, phone=PHONE, message="hi")
        assert (await client.messages.get(sent.id)).status == "sent"
        assert [d.alias async for d in client.devices.list()] == ["main"]
