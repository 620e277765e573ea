from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_subscription_status import ContactSubscriptionStatus
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class ContactSubscription(ApiModel):
    """Campaign subscription state.

    Attributes:
        status (ContactSubscriptionStatus | None)
        updated_at (datetime.datetime | None)
        updated_by (str | None)
        subscribed_at (datetime.datetime | None)
        unsubscribed_campaign (str | None): Campaign ID.
        unsubscribed_at (datetime.datetime | None)
        unsubscribe_message (str | None): Message ID.
        unsubscribe_message_wid (str | None)
    """

    status: ContactSubscriptionStatus | None = None
    updated_at: datetime.datetime | None = None
    updated_by: str | None = None
    subscribed_at: datetime.datetime | None = None
    unsubscribed_campaign: str | None = None
    unsubscribed_at: datetime.datetime | None = None
    unsubscribe_message: str | None = None
    unsubscribe_message_wid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ContactSubscription._api_fields = {
    "status": ("status", member(ContactSubscriptionStatus)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "updatedBy": ("updated_by", None),
    "subscribedAt": ("subscribed_at", nullable(datetime.datetime.fromisoformat)),
    "unsubscribedCampaign": ("unsubscribed_campaign", None),
    "unsubscribedAt": ("unsubscribed_at", nullable(datetime.datetime.fromisoformat)),
    "unsubscribeMessage": ("unsubscribe_message", None),
    "unsubscribeMessageWid": ("unsubscribe_message_wid", None),
}
