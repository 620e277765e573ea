from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """Webhook subscription.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        url (str | Unset):
        name (str | Unset):
        status (WebhookStatus | Unset):
        events (list[str] | Unset): Subscribed events (not in the Swagger properties; from the create body).
        device (str | Unset): Device ID filter
        user (str | Unset):
        retries (int | Unset):
        last_retry_at (datetime.datetime | Unset):
        last_run_at (datetime.datetime | Unset):
        last_failure_at (datetime.datetime | Unset):
    """

    id: str
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    events: list[str] | Unset = UNSET
    device: str | Unset = UNSET
    user: str | Unset = UNSET
    retries: int | Unset = UNSET
    last_retry_at: datetime.datetime | Unset = UNSET
    last_run_at: datetime.datetime | Unset = UNSET
    last_failure_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        device = self.device

        user = self.user

        retries = self.retries

        last_retry_at: str | Unset = UNSET
        if not isinstance(self.last_retry_at, Unset):
            last_retry_at = self.last_retry_at.isoformat()

        last_run_at: str | Unset = UNSET
        if not isinstance(self.last_run_at, Unset):
            last_run_at = self.last_run_at.isoformat()

        last_failure_at: str | Unset = UNSET
        if not isinstance(self.last_failure_at, Unset):
            last_failure_at = self.last_failure_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if events is not UNSET:
            field_dict["events"] = events
        if device is not UNSET:
            field_dict["device"] = device
        if user is not UNSET:
            field_dict["user"] = user
        if retries is not UNSET:
            field_dict["retries"] = retries
        if last_retry_at is not UNSET:
            field_dict["lastRetryAt"] = last_retry_at
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
        if last_failure_at is not UNSET:
            field_dict["lastFailureAt"] = last_failure_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        events = cast(list[str], d.pop("events", UNSET))

        device = d.pop("device", UNSET)

        user = d.pop("user", UNSET)

        retries = d.pop("retries", UNSET)

        _last_retry_at = d.pop("lastRetryAt", UNSET)
        last_retry_at: datetime.datetime | Unset
        if isinstance(_last_retry_at, Unset):
            last_retry_at = UNSET
        else:
            last_retry_at = datetime.datetime.fromisoformat(_last_retry_at)

        _last_run_at = d.pop("lastRunAt", UNSET)
        last_run_at: datetime.datetime | Unset
        if isinstance(_last_run_at, Unset):
            last_run_at = UNSET
        else:
            last_run_at = datetime.datetime.fromisoformat(_last_run_at)

        _last_failure_at = d.pop("lastFailureAt", UNSET)
        last_failure_at: datetime.datetime | Unset
        if isinstance(_last_failure_at, Unset):
            last_failure_at = UNSET
        else:
            last_failure_at = datetime.datetime.fromisoformat(_last_failure_at)

        webhook = cls(
            id=id,
            url=url,
            name=name,
            status=status,
            events=events,
            device=device,
            user=user,
            retries=retries,
            last_retry_at=last_retry_at,
            last_run_at=last_run_at,
            last_failure_at=last_failure_at,
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
