"""Arguments given as Python objects rather than plain JSON: aware datetimes go as ISO 8601 (a naive one
is refused, its zone unknown), generated models as their JSON object, enum members as their value and
tuples as lists, in the query and in the body, sync and async."""

from __future__ import annotations

import datetime
import json

import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot_api.models.delivery_priority import DeliveryPriority
from sparkbot_api.models.validate_numbers_body_numbers_item import ValidateNumbersBodyNumbersItem

from .conftest import DEVICE

PHONE = "+34600111222"
WHEN = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
MADRID = datetime.timezone(datetime.timedelta(hours=1))


def test_an_aware_datetime_goes_as_iso_8601(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get("/campaigns").respond(200, json=[])
    client.campaigns.list(after=WHEN, before=WHEN.astimezone(MADRID)).to_list()
    params = route.calls.last.request.url.params
    assert datetime.datetime.fromisoformat(params["after"]) == WHEN
    assert params["before"] == "2024-01-02T04:04:05+01:00"


@pytest.mark.anyio
async def test_an_aware_datetime_goes_as_iso_8601_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = router.get("/campaigns").respond(200, json=[])
    await async_client.campaigns.list(after=WHEN).to_list()
    assert datetime.datetime.fromisoformat(route.calls.last.request.url.params["after"]) == WHEN


def test_a_naive_datetime_is_refused(client: SparkBot, router: respx.MockRouter) -> None:
    router.route().respond(200, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.campaigns.list(after=WHEN.replace(tzinfo=None)).to_list()
    assert info.value.field == "after" and "time zone" in info.value.rule
    assert router.calls.call_count == 0


def test_a_generated_model_goes_as_its_json_object(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.post("/numbers/validate").respond(200, json={})
    item = ValidateNumbersBodyNumbersItem(phone=PHONE)
    client.numbers.validate(numbers=(item, {"phone": "+34600333444"}), country="ES")
    body = json.loads(route.calls.last.request.content)
    assert body == {"country": "ES", "numbers": [{"phone": PHONE}, {"phone": "+34600333444"}]}


def test_a_generated_model_is_checked_like_plain_data(client: SparkBot, router: respx.MockRouter) -> None:
    router.route().respond(200, json={})
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.numbers.validate(numbers=[ValidateNumbersBodyNumbersItem(phone="1" * 51)])
    assert info.value.field == "numbers[0].phone"
    assert router.calls.call_count == 0


@pytest.mark.anyio
async def test_a_generated_model_goes_as_its_json_object_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = router.post("/numbers/validate").respond(200, json={})
    await async_client.numbers.validate(numbers=[ValidateNumbersBodyNumbersItem(phone=PHONE)])
    assert json.loads(route.calls.last.request.content) == {"numbers": [{"phone": PHONE}]}


def test_an_enum_member_goes_as_its_value(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.post("/messages").respond(201, json={"id": "a" * 24})
    client.messages.send_text(DEVICE, phone=PHONE, message="hi", priority=DeliveryPriority.HIGH)  # type: ignore[arg-type]
    assert json.loads(route.calls.last.request.content)["priority"] == "high"
