from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.url is not None:
            field_dict["url"] = self.url

        if self.name is not None:
            field_dict["name"] = self.name

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _events_value = UNSET if self.events is None else self.events
        events: list[str] | Unset = UNSET
        if not isinstance(_events_value, Unset):
            events = _events_value

        if events is not UNSET:
            field_dict["events"] = events

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, WebhookDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, WebhookUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        if self.retries is not None:
            field_dict["retries"] = self.retries

        _last_retry_at_value = UNSET if self.last_retry_at is None else self.last_retry_at
        last_retry_at: None | str | Unset
        if isinstance(_last_retry_at_value, Unset):
            last_retry_at = UNSET
        elif isinstance(_last_retry_at_value, datetime.datetime):
            last_retry_at = api_datetime(_last_retry_at_value)
        else:
            last_retry_at = _last_retry_at_value
        if last_retry_at is not UNSET:
            field_dict["lastRetryAt"] = last_retry_at

        _last_run_at_value = UNSET if self.last_run_at is None else self.last_run_at
        last_run_at: None | str | Unset
        if isinstance(_last_run_at_value, Unset):
            last_run_at = UNSET
        elif isinstance(_last_run_at_value, datetime.datetime):
            last_run_at = api_datetime(_last_run_at_value)
        else:
            last_run_at = _last_run_at_value
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at

        _last_failure_at_value = UNSET if self.last_failure_at is None else self.last_failure_at
        last_failure_at: None | str | Unset
        if isinstance(_last_failure_at_value, Unset):
            last_failure_at = UNSET
        elif isinstance(_last_failure_at_value, datetime.datetime):
            last_failure_at = api_datetime(_last_failure_at_value)
        else:
            last_failure_at = _last_failure_at_value
        if last_failure_at is not UNSET:
            field_dict["lastFailureAt"] = last_failure_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: WebhookStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = WebhookStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        events = cast(list[str], d.pop("events", UNSET))

        try:

            def _parse_device(data: object) -> str | Unset | WebhookDeviceType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = WebhookDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | WebhookDeviceType1, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        try:

            def _parse_user(data: object) -> str | Unset | WebhookUserType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = WebhookUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | WebhookUserType1, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        retries = d.pop("retries", UNSET)

        try:

            def _parse_last_retry_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_retry_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_retry_at = _parse_last_retry_at(d.get("lastRetryAt", UNSET))

        except LENIENT:
            last_retry_at = UNSET
        else:
            d.pop("lastRetryAt", None)

        try:

            def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_run_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_run_at = _parse_last_run_at(d.get("lastRunAt", UNSET))

        except LENIENT:
            last_run_at = UNSET
        else:
            d.pop("lastRunAt", None)

        try:

            def _parse_last_failure_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_failure_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_failure_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_failure_at = _parse_last_failure_at(d.get("lastFailureAt", UNSET))

        except LENIENT:
            last_failure_at = UNSET
        else:
            d.pop("lastFailureAt", None)

        webhook = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            url=None if isinstance(url, Unset) else url,
            name=None if isinstance(name, Unset) else name,
            status=None if isinstance(status, Unset) else status,
            events=None if isinstance(events, Unset) else events,
            device=None if isinstance(device, Unset) else device,
            user=None if isinstance(user, Unset) else user,
            retries=None if isinstance(retries, Unset) else retries,
            last_retry_at=None if isinstance(last_retry_at, Unset) else last_retry_at,
            last_run_at=None if isinstance(last_run_at, Unset) else last_run_at,
            last_failure_at=None if isinstance(last_failure_at, Unset) else last_failure_at,
        )

        webhook.additional_properties = d
        return webhook

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


from ..models.webhook_device_type_1 import WebhookDeviceType1  # noqa: E402
from ..models.webhook_user_type_1 import WebhookUserType1  # noqa: E402
