from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateWebhookBody")


@_attrs_define
class UpdateWebhookBody:
    """
    Attributes:
        name (str): Webhook Name.
        url (str): Webhook URL.
        events (list[WebhookEvent] | None): Event Types.
        device (str | None): Device ID (Optional).
    """

    name: str
    url: str
    events: list[WebhookEvent] | None = None
    device: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:  # a reply may lack even a required field
            name = self.name
            field_dict["name"] = name

        if self.url is not None:  # a reply may lack even a required field
            url = self.url
            field_dict["url"] = url

        _events_value = UNSET if self.events is None else self.events
        events: list[str] | Unset = UNSET
        if not isinstance(_events_value, Unset):
            events = []
            for events_item_data in _events_value:
                events_item = events_item_data.value
                events.append(events_item)

        if events is not UNSET:
            field_dict["events"] = events

        _device_value = UNSET if self.device is None else self.device
        device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        try:
            _events = d.get("events", UNSET)
            events: list[WebhookEvent] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = WebhookEvent(events_item_data)

                    events.append(events_item)

        except LENIENT:
            events = UNSET
        else:
            d.pop("events", None)

        device = d.pop("device", UNSET)

        update_webhook_body = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            url=cast(Any, None) if isinstance(url, Unset) else url,
            events=None if isinstance(events, Unset) else events,
            device=None if isinstance(device, Unset) else device,
        )

        update_webhook_body.additional_properties = d
        return update_webhook_body

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
