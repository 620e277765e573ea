from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="MessageAckInfoParticipantsItem")


@_attrs_define
class MessageAckInfoParticipantsItem:
    """
    Attributes:
        wid (str | None)
        phone (str | None)
        ack (str | None)
        delivered_at (datetime.datetime | None)
        read_at (datetime.datetime | None)
        played_at (datetime.datetime | None)
    """

    wid: str | None = None
    phone: str | None = None
    ack: str | None = None
    delivered_at: datetime.datetime | None = None
    read_at: datetime.datetime | None = None
    played_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.ack is not None:
            field_dict["ack"] = self.ack

        _delivered_at_value = UNSET if self.delivered_at is None else self.delivered_at
        delivered_at: str | Unset = UNSET
        if not isinstance(_delivered_at_value, Unset):
            delivered_at = api_datetime(_delivered_at_value)
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at

        _read_at_value = UNSET if self.read_at is None else self.read_at
        read_at: str | Unset = UNSET
        if not isinstance(_read_at_value, Unset):
            read_at = api_datetime(_read_at_value)
        if read_at is not UNSET:
            field_dict["readAt"] = read_at

        _played_at_value = UNSET if self.played_at is None else self.played_at
        played_at: str | Unset = UNSET
        if not isinstance(_played_at_value, Unset):
            played_at = api_datetime(_played_at_value)
        if played_at is not UNSET:
            field_dict["playedAt"] = played_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        phone = d.pop("phone", UNSET)

        ack = d.pop("ack", UNSET)

        try:
            _delivered_at = d.get("deliveredAt", UNSET)
            delivered_at: datetime.datetime | Unset
            if isinstance(_delivered_at, Unset):
                delivered_at = UNSET
            else:
                delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        except LENIENT:
            delivered_at = UNSET
        else:
            d.pop("deliveredAt", None)

        try:
            _read_at = d.get("readAt", UNSET)
            read_at: datetime.datetime | Unset
            if isinstance(_read_at, Unset):
                read_at = UNSET
            else:
                read_at = datetime.datetime.fromisoformat(_read_at)

        except LENIENT:
            read_at = UNSET
        else:
            d.pop("readAt", None)

        try:
            _played_at = d.get("playedAt", UNSET)
            played_at: datetime.datetime | Unset
            if isinstance(_played_at, Unset):
                played_at = UNSET
            else:
                played_at = datetime.datetime.fromisoformat(_played_at)

        except LENIENT:
            played_at = UNSET
        else:
            d.pop("playedAt", None)

        message_ack_info_participants_item = cls(
            wid=None if isinstance(wid, Unset) else wid,
            phone=None if isinstance(phone, Unset) else phone,
            ack=None if isinstance(ack, Unset) else ack,
            delivered_at=None if isinstance(delivered_at, Unset) else delivered_at,
            read_at=None if isinstance(read_at, Unset) else read_at,
            played_at=None if isinstance(played_at, Unset) else played_at,
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
