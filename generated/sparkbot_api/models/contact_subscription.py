from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_subscription_status import ContactSubscriptionStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ContactSubscription")


@_attrs_define
class ContactSubscription:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by

        _subscribed_at_value = UNSET if self.subscribed_at is None else self.subscribed_at
        subscribed_at: None | str | Unset
        if isinstance(_subscribed_at_value, Unset):
            subscribed_at = UNSET
        elif isinstance(_subscribed_at_value, datetime.datetime):
            subscribed_at = api_datetime(_subscribed_at_value)
        else:
            subscribed_at = _subscribed_at_value
        if subscribed_at is not UNSET:
            field_dict["subscribedAt"] = subscribed_at

        if self.unsubscribed_campaign is not None:
            field_dict["unsubscribedCampaign"] = self.unsubscribed_campaign

        _unsubscribed_at_value = UNSET if self.unsubscribed_at is None else self.unsubscribed_at
        unsubscribed_at: None | str | Unset
        if isinstance(_unsubscribed_at_value, Unset):
            unsubscribed_at = UNSET
        elif isinstance(_unsubscribed_at_value, datetime.datetime):
            unsubscribed_at = api_datetime(_unsubscribed_at_value)
        else:
            unsubscribed_at = _unsubscribed_at_value
        if unsubscribed_at is not UNSET:
            field_dict["unsubscribedAt"] = unsubscribed_at

        if self.unsubscribe_message is not None:
            field_dict["unsubscribeMessage"] = self.unsubscribe_message

        if self.unsubscribe_message_wid is not None:
            field_dict["unsubscribeMessageWid"] = self.unsubscribe_message_wid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _status = d.get("status", UNSET)
            status: ContactSubscriptionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ContactSubscriptionStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        updated_by = d.pop("updatedBy", UNSET)

        try:

            def _parse_subscribed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    subscribed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return subscribed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            subscribed_at = _parse_subscribed_at(d.get("subscribedAt", UNSET))

        except LENIENT:
            subscribed_at = UNSET
        else:
            d.pop("subscribedAt", None)

        unsubscribed_campaign = d.pop("unsubscribedCampaign", UNSET)

        try:

            def _parse_unsubscribed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    unsubscribed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return unsubscribed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            unsubscribed_at = _parse_unsubscribed_at(d.get("unsubscribedAt", UNSET))

        except LENIENT:
            unsubscribed_at = UNSET
        else:
            d.pop("unsubscribedAt", None)

        unsubscribe_message = d.pop("unsubscribeMessage", UNSET)

        unsubscribe_message_wid = d.pop("unsubscribeMessageWid", UNSET)

        contact_subscription = cls(
            status=None if isinstance(status, Unset) else status,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            updated_by=None if isinstance(updated_by, Unset) else updated_by,
            subscribed_at=None if isinstance(subscribed_at, Unset) else subscribed_at,
            unsubscribed_campaign=None if isinstance(unsubscribed_campaign, Unset) else unsubscribed_campaign,
            unsubscribed_at=None if isinstance(unsubscribed_at, Unset) else unsubscribed_at,
            unsubscribe_message=None if isinstance(unsubscribe_message, Unset) else unsubscribe_message,
            unsubscribe_message_wid=None if isinstance(unsubscribe_message_wid, Unset) else unsubscribe_message_wid,
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
