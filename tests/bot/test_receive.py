"""FakeSparkBot.receive: an inbound message in the real webhook envelope, stored in its chat, delivered only
to the webhooks subscribed to it; media messages carry a downloadable file."""

from __future__ import annotations

import pytest
from sparkbot.testing import FakeSparkBot
from sparkbot.webhooks import MessageEvent

PHONE = "+34600111333"


def test_a_text_message_arrives_in_the_documented_envelope() -> None:
    fake = FakeSparkBot()
    event = fake.receive("Hola, ¿tienen stock?", phone=PHONE)
    assert isinstance(event, MessageEvent) and event.event == "message:in:new"
    raw = event.raw
    assert set(raw) == {"id", "object", "event", "created", "device", "data"}
    assert raw["device"] == {
        "id": fake.device_id,
        "phone": "+34600111222",
        "alias": "main",
        "plan": "professional",
    }
    data = raw["data"]
    assert data["type"] == "text" and data["flow"] == "inbound" and data["body"] == "Hola, ¿tienen stock?"
    assert data["fromNumber"] == PHONE and data["toNumber"] == "+34600111222"
    assert data["from"] == "34600111333@c.us" and data["to"] == "34600111222@c.us"
    assert data["chat"]["id"] == "34600111333@c.us" and data["chat"]["type"] == "chat"
    assert data["chat"]["contact"] == {"phone": PHONE}
    assert event.message is not None and event.message.wid == data["id"]  # the SDK's model reads it too
    assert fake.events[-1] == raw

    client = fake.client()
    stored = client.chat_messages.get(data["id"], fake.device_id)
    assert stored.body == "Hola, ¿tienen stock?" and str(stored.flow) == "in"
    chat = client.chats.get("34600111333@c.us", fake.device_id).to_dict()
    assert chat["stats"]["inboundMessages"] == 1 and chat["meta"]["unreadCount"] == 1


def test_a_media_message_carries_its_file_and_caption() -> None:
    fake = FakeSparkBot()
    event = fake.receive("the receipt", phone=PHONE, media={"url": "https://example.com/receipt.pdf"})
    media = event.data["media"]
    assert event.data["type"] == "document" and "body" not in event.data
    assert media["caption"] == "the receipt" and media["filename"] == "receipt.pdf"
    content = fake.client().chat_files.download(media["id"], fake.device_id)
    assert content.startswith(b"%PDF")
    photo = fake.receive(phone=PHONE, media={"url": "https://example.com/a.jpg", "caption": "look"})
    assert photo.data["type"] == "image" and photo.data["media"]["caption"] == "look"
    assert fake.receive(phone=PHONE, media="https://example.com/v.mp4").data["media"].get("caption") is None


def test_only_subscribed_webhooks_of_that_number_get_it() -> None:
    fake = FakeSparkBot()
    other = fake.add_device(phone="+34600999888", alias="other")
    client = fake.client()
    wanted = client.webhooks.create(name="in", url="http://127.0.0.1:9/in", events=["message:in:new"])
    client.webhooks.create(name="acks", url="http://127.0.0.1:9/acks", events=["message:out:ack"])
    client.webhooks.create(
        name="other", url="http://127.0.0.1:9/o", events=["message:in:new"], device=other["id"]
    )
    fake.receive("hi", phone=PHONE)
    assert fake.wait_for_webhooks(10)
    attempts = {hook: len(logs) for hook, logs in fake.state.webhook_logs.items() if logs}
    assert attempts == {wanted.id: 1}  # one attempt, to the one subscribed webhook
    fake.receive("hi other", phone=PHONE, device=other["id"])
    assert fake.wait_for_webhooks(10)
    assert sum(bool(logs) for logs in fake.state.webhook_logs.values()) == 2


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": "x", "phone": "34600111333"}, ValueError),
        ({"text": "x", "phone": PHONE, "group": "not-a-group"}, ValueError),
        ({"phone": PHONE}, ValueError),
        ({"phone": PHONE, "media": {"caption": "no url"}}, ValueError),
        ({"text": "x", "phone": PHONE, "device": "6650f1a2b3c4d5e6f7a8b9ff"}, LookupError),
    ],
)
def test_bad_arguments(kwargs: dict[str, str], error: type[Exception]) -> None:
    with pytest.raises(error):
        FakeSparkBot().receive(**kwargs)  # type: ignore[arg-type]
