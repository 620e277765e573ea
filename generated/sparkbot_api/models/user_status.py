from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus:
    """WhatsApp status (story) post (shape inferred, not documented).

    Attributes:
        id (str | Unset):
        wid (str | Unset):
        kind (str | Unset):
        flow (str | Unset):
        ack (str | Unset):
        status (str | Unset):
        message (str | Unset):
        font (str | Unset):
        color (str | Unset):
        reference (str | Unset):
        date (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        deliver_at (datetime.datetime | Unset):
        media (UserStatusMedia | Unset): Attached media (free-form).
    """

    id: str | Unset = UNSET
    wid: str | Unset = UNSET
    kind: str | Unset = UNSET
    flow: str | Unset = UNSET
    ack: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    font: str | Unset = UNSET
    color: str | Unset = UNSET
    reference: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deliver_at: datetime.datetime | Unset = UNSET
    media: UserStatusMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        wid = self.wid

        kind = self.kind

        flow = self.flow

        ack = self.ack

        status = self.status

        message = self.message

        font = self.font

        color = self.color

        reference = self.reference

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deliver_at: str | Unset = UNSET
        if not isinstance(self.deliver_at, Unset):
            deliver_at = self.deliver_at.isoformat()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if wid is not UNSET:
            field_dict["wid"] = wid
        if kind is not UNSET:
            field_dict["kind"] = kind
        if flow is not UNSET:
            field_dict["flow"] = flow
        if ack is not UNSET:
            field_dict["ack"] = ack
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if font is not UNSET:
            field_dict["font"] = font
        if color is not UNSET:
            field_dict["color"] = color
        if reference is not UNSET:
            field_dict["reference"] = reference
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        kind = d.pop("kind", UNSET)

        flow = d.pop("flow", UNSET)

        ack = d.pop("ack", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        font = d.pop("font", UNSET)

        color = d.pop("color", UNSET)

        reference = d.pop("reference", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _deliver_at = d.pop("deliverAt", UNSET)
        deliver_at: datetime.datetime | Unset
        if isinstance(_deliver_at, Unset):
            deliver_at = UNSET
        else:
            deliver_at = datetime.datetime.fromisoformat(_deliver_at)

        _media = d.pop("media", UNSET)
        media: UserStatusMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = UserStatusMedia.from_dict(_media)

        user_status = cls(
            id=id,
            wid=wid,
            kind=kind,
            flow=flow,
            ack=ack,
            status=status,
            message=message,
            font=font,
            color=color,
            reference=reference,
            date=date,
            created_at=created_at,
            deliver_at=deliver_at,
            media=media,
        )

        user_status.additional_properties = d
        return user_status

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


from ..models.user_status_media import UserStatusMedia  # noqa: E402
