from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_subscription_status import ContactSubscriptionStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ContactSubscription")


@_attrs_define
class ContactSubscription:
    """Campaign subscription state.

    Attributes:
        status (ContactSubscriptionStatus | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        subscribed_at (datetime.datetime | Unset):
        unsubscribed_campaign (str | Unset): Campaign ID.
        unsubscribed_at (datetime.datetime | Unset):
        unsubscribe_message (str | Unset): Message ID.
        unsubscribe_message_wid (str | Unset):
    """

    status: ContactSubscriptionStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    subscribed_at: datetime.datetime | Unset = UNSET
    unsubscribed_campaign: str | Unset = UNSET
    unsubscribed_at: datetime.datetime | Unset = UNSET
    unsubscribe_message: str | Unset = UNSET
    unsubscribe_message_wid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        subscribed_at: str | Unset = UNSET
        if not isinstance(self.subscribed_at, Unset):
            subscribed_at = self.subscribed_at.isoformat()

        unsubscribed_campaign = self.unsubscribed_campaign

        unsubscribed_at: str | Unset = UNSET
        if not isinstance(self.unsubscribed_at, Unset):
            unsubscribed_at = self.unsubscribed_at.isoformat()

        unsubscribe_message = self.unsubscribe_message

        unsubscribe_message_wid = self.unsubscribe_message_wid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if subscribed_at is not UNSET:
            field_dict["subscribedAt"] = subscribed_at
        if unsubscribed_campaign is not UNSET:
            field_dict["unsubscribedCampaign"] = unsubscribed_campaign
        if unsubscribed_at is not UNSET:
            field_dict["unsubscribedAt"] = unsubscribed_at
        if unsubscribe_message is not UNSET:
            field_dict["unsubscribeMessage"] = unsubscribe_message
        if unsubscribe_message_wid is not UNSET:
            field_dict["unsubscribeMessageWid"] = unsubscribe_message_wid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ContactSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactSubscriptionStatus(_status)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        _subscribed_at = d.pop("subscribedAt", UNSET)
        subscribed_at: datetime.datetime | Unset
        if isinstance(_subscribed_at, Unset):
            subscribed_at = UNSET
        else:
            subscribed_at = datetime.datetime.fromisoformat(_subscribed_at)

        unsubscribed_campaign = d.pop("unsubscribedCampaign", UNSET)

        _unsubscribed_at = d.pop("unsubscribedAt", UNSET)
        unsubscribed_at: datetime.datetime | Unset
        if isinstance(_unsubscribed_at, Unset):
            unsubscribed_at = UNSET
        else:
            unsubscribed_at = datetime.datetime.fromisoformat(_unsubscribed_at)

        unsubscribe_message = d.pop("unsubscribeMessage", UNSET)

        unsubscribe_message_wid = d.pop("unsubscribeMessageWid", UNSET)

        contact_subscription = cls(
            status=status,
            updated_at=updated_at,
            updated_by=updated_by,
            subscribed_at=subscribed_at,
            unsubscribed_campaign=unsubscribed_campaign,
            unsubscribed_at=unsubscribed_at,
            unsubscribe_message=unsubscribe_message,
            unsubscribe_message_wid=unsubscribe_message_wid,
        )

        contact_subscription.additional_properties = d
        return contact_subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
