from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_log_event import WebhookLogEvent
from ..models.webhook_log_object_event import WebhookLogObjectEvent
from ..models.webhook_log_object_type import WebhookLogObjectType
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WebhookLog")


@_attrs_define
class WebhookLog:
    """Webhook delivery log entry.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        webhook (str | Unset):
        created_at (datetime.datetime | Unset):
        event (WebhookLogEvent | Unset):
        code (str | Unset):
        object_id (str | Unset):
        device_id (str | Unset):
        object_type (WebhookLogObjectType | Unset):
        object_event (WebhookLogObjectEvent | Unset):
        message (str | Unset):
        body (str | Unset):
        response_time (float | Unset): Response time in milliseconds.
        response_status (int | Unset):
        response_type (str | Unset):
        response_body (str | Unset):
    """

    id: str
    webhook: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    event: WebhookLogEvent | Unset = UNSET
    code: str | Unset = UNSET
    object_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    object_type: WebhookLogObjectType | Unset = UNSET
    object_event: WebhookLogObjectEvent | Unset = UNSET
    message: str | Unset = UNSET
    body: str | Unset = UNSET
    response_time: float | Unset = UNSET
    response_status: int | Unset = UNSET
    response_type: str | Unset = UNSET
    response_body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook = self.webhook

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        code = self.code

        object_id = self.object_id

        device_id = self.device_id

        object_type: str | Unset = UNSET
        if not isinstance(self.object_type, Unset):
            object_type = self.object_type.value

        object_event: str | Unset = UNSET
        if not isinstance(self.object_event, Unset):
            object_event = self.object_event.value

        message = self.message

        body = self.body

        response_time = self.response_time

        response_status = self.response_status

        response_type = self.response_type

        response_body = self.response_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if event is not UNSET:
            field_dict["event"] = event
        if code is not UNSET:
            field_dict["code"] = code
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_event is not UNSET:
            field_dict["objectEvent"] = object_event
        if message is not UNSET:
            field_dict["message"] = message
        if body is not UNSET:
            field_dict["body"] = body
        if response_time is not UNSET:
            field_dict["responseTime"] = response_time
        if response_status is not UNSET:
            field_dict["responseStatus"] = response_status
        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        if response_body is not UNSET:
            field_dict["responseBody"] = response_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        webhook = d.pop("webhook", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _event = d.pop("event", UNSET)
        event: WebhookLogEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookLogEvent(_event)

        code = d.pop("code", UNSET)

        object_id = d.pop("objectId", UNSET)

        device_id = d.pop("deviceId", UNSET)

        _object_type = d.pop("objectType", UNSET)
        object_type: WebhookLogObjectType | Unset
        if isinstance(_object_type, Unset):
            object_type = UNSET
        else:
            object_type = WebhookLogObjectType(_object_type)

        _object_event = d.pop("objectEvent", UNSET)
        object_event: WebhookLogObjectEvent | Unset
        if isinstance(_object_event, Unset):
            object_event = UNSET
        else:
            object_event = WebhookLogObjectEvent(_object_event)

        message = d.pop("message", UNSET)

        body = d.pop("body", UNSET)

        response_time = d.pop("responseTime", UNSET)

        response_status = d.pop("responseStatus", UNSET)

        response_type = d.pop("responseType", UNSET)

        response_body = d.pop("responseBody", UNSET)

        webhook_log = cls(
            id=id,
            webhook=webhook,
            created_at=created_at,
            event=event,
            code=code,
            object_id=object_id,
            device_id=device_id,
            object_type=object_type,
            object_event=object_event,
            message=message,
            body=body,
            response_time=response_time,
            response_status=response_status,
            response_type=response_type,
            response_body=response_body,
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
