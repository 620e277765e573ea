from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageAckInfo")


@_attrs_define
class MessageAckInfo:
    """Delivery/read info of a message per participant (shape inferred, not documented).

    Attributes:
        wid (str | None): WhatsApp message ID.
        ack (str | None)
        participants (list[MessageAckInfoParticipantsItem] | None)
    """

    wid: str | None = None
    ack: str | None = None
    participants: list[MessageAckInfoParticipantsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _wid_value = UNSET if self.wid is None else self.wid
        wid = _wid_value
        if wid is not UNSET:
            field_dict["wid"] = wid

        _ack_value = UNSET if self.ack is None else self.ack
        ack = _ack_value
        if ack is not UNSET:
            field_dict["ack"] = ack

        _participants_value = UNSET if self.participants is None else self.participants
        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_participants_value, Unset):
            participants = []
            for participants_item_data in _participants_value:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        ack = d.pop("ack", UNSET)

        try:
            _participants = d.get("participants", UNSET)
            participants: list[MessageAckInfoParticipantsItem] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    participants_item = MessageAckInfoParticipantsItem.from_dict(participants_item_data)

                    participants.append(participants_item)

        except LENIENT:
            participants = UNSET
        else:
            d.pop("participants", None)

        message_ack_info = cls(
            wid=None if isinstance(wid, Unset) else wid,
            ack=None if isinstance(ack, Unset) else ack,
            participants=None if isinstance(participants, Unset) else participants,
        )

        message_ack_info.additional_properties = d
        return message_ack_info

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


from ..models.message_ack_info_participants_item import MessageAckInfoParticipantsItem  # noqa: E402
