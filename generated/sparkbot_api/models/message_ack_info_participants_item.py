from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageAckInfoParticipantsItem")


@_attrs_define
class MessageAckInfoParticipantsItem:
    """
    Attributes:
        wid (str | Unset):
        phone (str | Unset):
        ack (str | Unset):
        delivered_at (datetime.datetime | Unset):
        read_at (datetime.datetime | Unset):
        played_at (datetime.datetime | Unset):
    """

    wid: str | Unset = UNSET
    phone: str | Unset = UNSET
    ack: str | Unset = UNSET
    delivered_at: datetime.datetime | Unset = UNSET
    read_at: datetime.datetime | Unset = UNSET
    played_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        phone = self.phone

        ack = self.ack

        delivered_at: str | Unset = UNSET
        if not isinstance(self.delivered_at, Unset):
            delivered_at = self.delivered_at.isoformat()

        read_at: str | Unset = UNSET
        if not isinstance(self.read_at, Unset):
            read_at = self.read_at.isoformat()

        played_at: str | Unset = UNSET
        if not isinstance(self.played_at, Unset):
            played_at = self.played_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wid is not UNSET:
            field_dict["wid"] = wid
        if phone is not UNSET:
            field_dict["phone"] = phone
        if ack is not UNSET:
            field_dict["ack"] = ack
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if read_at is not UNSET:
            field_dict["readAt"] = read_at
        if played_at is not UNSET:
            field_dict["playedAt"] = played_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        phone = d.pop("phone", UNSET)

        ack = d.pop("ack", UNSET)

        _delivered_at = d.pop("deliveredAt", UNSET)
        delivered_at: datetime.datetime | Unset
        if isinstance(_delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        _read_at = d.pop("readAt", UNSET)
        read_at: datetime.datetime | Unset
        if isinstance(_read_at, Unset):
            read_at = UNSET
        else:
            read_at = datetime.datetime.fromisoformat(_read_at)

        _played_at = d.pop("playedAt", UNSET)
        played_at: datetime.datetime | Unset
        if isinstance(_played_at, Unset):
            played_at = UNSET
        else:
            played_at = datetime.datetime.fromisoformat(_played_at)

        message_ack_info_participants_item = cls(
            wid=wid,
            phone=phone,
            ack=ack,
            delivered_at=delivered_at,
            read_at=read_at,
            played_at=played_at,
        )

        message_ack_info_participants_item.additional_properties = d
        return message_ack_info_participants_item

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
