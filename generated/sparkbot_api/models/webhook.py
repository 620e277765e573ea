from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class Webhook(ApiModel):
    """Webhook subscription.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        url (str | None)
        name (str | None)
        status (WebhookStatus | None)
        events (list[str] | None): Subscribed events (not in the Swagger properties; from the create body).
        device (str | WebhookDeviceType1 | None): Device ID filter, if any: an id, or the document itself.
        user (str | WebhookUserType1 | None): an id, or the document itself.
        retries (int | None)
        last_retry_at (datetime.datetime | None)
        last_run_at (datetime.datetime | None)
        last_failure_at (datetime.datetime | None)
    """

    id: str
    url: str | None = None
    name: str | None = None
    status: WebhookStatus | None = None
    events: list[str] | None = None
    device: str | WebhookDeviceType1 | None = None
    user: str | WebhookUserType1 | None = None
    retries: int | None = None
    last_retry_at: datetime.datetime | None = None
    last_run_at: datetime.datetime | None = None
    last_failure_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.webhook_device_type_1 import WebhookDeviceType1  # noqa: E402
from ..models.webhook_user_type_1 import WebhookUserType1  # noqa: E402

Webhook._api_fields = {
    "id": ("id", None),
    "url": ("url", None),
    "name": ("name", None),
    "status": ("status", member(WebhookStatus)),
    "events": ("events", None),
    "device": ("device", either((dict, WebhookDeviceType1.from_dict), as_is=True)),
    "user": ("user", either((dict, WebhookUserType1.from_dict), as_is=True)),
    "retries": ("retries", None),
    "lastRetryAt": ("last_retry_at", nullable(datetime.datetime.fromisoformat)),
    "lastRunAt": ("last_run_at", nullable(datetime.datetime.fromisoformat)),
    "lastFailureAt": ("last_failure_at", nullable(datetime.datetime.fromisoformat)),
}
