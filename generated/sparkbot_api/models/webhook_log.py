from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_log_event import WebhookLogEvent
from ..models.webhook_log_object_event import WebhookLogObjectEvent
from ..models.webhook_log_object_type import WebhookLogObjectType
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="WebhookLog")


@_attrs_define
class WebhookLog:
    """Webhook delivery log entry.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        webhook (str | WebhookLogWebhookType1 | None): an id, or the document itself.
        created_at (datetime.datetime | None)
        event (WebhookLogEvent | None)
        code (str | None)
        object_id (str | None)
        device_id (str | None)
        object_type (WebhookLogObjectType | None)
        object_event (WebhookLogObjectEvent | None)
        message (str | None)
        body (str | None)
        response_time (float | None): Response time in milliseconds.
        response_status (int | None)
        response_type (str | None)
        response_body (str | None)
    """

    id: str
    webhook: str | WebhookLogWebhookType1 | None = None
    created_at: datetime.datetime | None = None
    event: WebhookLogEvent | None = None
    code: str | None = None
    object_id: str | None = None
    device_id: str | None = None
    object_type: WebhookLogObjectType | None = None
    object_event: WebhookLogObjectEvent | None = None
    message: str | None = None
    body: str | None = None
    response_time: float | None = None
    response_status: int | None = None
    response_type: str | None = None
    response_body: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        _webhook_value = UNSET if self.webhook is None else self.webhook
        webhook: dict[str, Any] | str | Unset
        if isinstance(_webhook_value, Unset):
            webhook = UNSET
        elif isinstance(_webhook_value, WebhookLogWebhookType1):
            webhook = _webhook_value.to_dict()
        else:
            webhook = _webhook_value
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _event_value = UNSET if self.event is None else self.event
        event: str | Unset = UNSET
        if not isinstance(_event_value, Unset):
            event = _event_value.value

        if event is not UNSET:
            field_dict["event"] = event

        if self.code is not None:
            field_dict["code"] = self.code

        if self.object_id is not None:
            field_dict["objectId"] = self.object_id

        if self.device_id is not None:
            field_dict["deviceId"] = self.device_id

        _object_type_value = UNSET if self.object_type is None else self.object_type
        object_type: str | Unset = UNSET
        if not isinstance(_object_type_value, Unset):
            object_type = _object_type_value.value

        if object_type is not UNSET:
            field_dict["objectType"] = object_type

        _object_event_value = UNSET if self.object_event is None else self.object_event
        object_event: str | Unset = UNSET
        if not isinstance(_object_event_value, Unset):
            object_event = _object_event_value.value

        if object_event is not UNSET:
            field_dict["objectEvent"] = object_event

        if self.message is not None:
            field_dict["message"] = self.message

        if self.body is not None:
            field_dict["body"] = self.body

        if self.response_time is not None:
            field_dict["responseTime"] = self.response_time

        if self.response_status is not None:
            field_dict["responseStatus"] = self.response_status

        if self.response_type is not None:
            field_dict["responseType"] = self.response_type

        if self.response_body is not None:
            field_dict["responseBody"] = self.response_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        try:

            def _parse_webhook(data: object) -> str | Unset | WebhookLogWebhookType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    webhook_type_1 = WebhookLogWebhookType1.from_dict(data)

                    return webhook_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | WebhookLogWebhookType1, data)

            webhook = _parse_webhook(d.get("webhook", UNSET))

        except LENIENT:
            webhook = UNSET
        else:
            d.pop("webhook", None)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:
            _event = d.get("event", UNSET)
            event: WebhookLogEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = WebhookLogEvent(_event)

        except LENIENT:
            event = UNSET
        else:
            d.pop("event", None)

        code = d.pop("code", UNSET)

        object_id = d.pop("objectId", UNSET)

        device_id = d.pop("deviceId", UNSET)

        try:
            _object_type = d.get("objectType", UNSET)
            object_type: WebhookLogObjectType | Unset
            if isinstance(_object_type, Unset):
                object_type = UNSET
            else:
                object_type = WebhookLogObjectType(_object_type)

        except LENIENT:
            object_type = UNSET
        else:
            d.pop("objectType", None)

        try:
            _object_event = d.get("objectEvent", UNSET)
            object_event: WebhookLogObjectEvent | Unset
            if isinstance(_object_event, Unset):
                object_event = UNSET
            else:
                object_event = WebhookLogObjectEvent(_object_event)

        except LENIENT:
            object_event = UNSET
        else:
            d.pop("objectEvent", None)

        message = d.pop("message", UNSET)

        body = d.pop("body", UNSET)

        response_time = d.pop("responseTime", UNSET)

        response_status = d.pop("responseStatus", UNSET)

        response_type = d.pop("responseType", UNSET)

        response_body = d.pop("responseBody", UNSET)

        webhook_log = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            webhook=None if isinstance(webhook, Unset) else webhook,
            created_at=None if isinstance(created_at, Unset) else created_at,
            event=None if isinstance(event, Unset) else event,
            code=None if isinstance(code, Unset) else code,
            object_id=None if isinstance(object_id, Unset) else object_id,
            device_id=None if isinstance(device_id, Unset) else device_id,
            object_type=None if isinstance(object_type, Unset) else object_type,
            object_event=None if isinstance(object_event, Unset) else object_event,
            message=None if isinstance(message, Unset) else message,
            body=None if isinstance(body, Unset) else body,
            response_time=None if isinstance(response_time, Unset) else response_time,
            response_status=None if isinstance(response_status, Unset) else response_status,
            response_type=None if isinstance(response_type, Unset) else response_type,
            response_body=None if isinstance(response_body, Unset) else response_body,
        )

        webhook_log.additional_properties = d
        return webhook_log

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


from ..models.webhook_log_webhook_type_1 import WebhookLogWebhookType1  # noqa: E402
