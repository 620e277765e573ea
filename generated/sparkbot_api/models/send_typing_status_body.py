from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_typing_status_body_action import SendTypingStatusBodyAction
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendTypingStatusBody")


@_attrs_define
class SendTypingStatusBody:
    """
    Attributes:
        action (SendTypingStatusBodyAction): Action. API default: typing.
        duration (int | Unset): Duration (seconds). API default: 2.
        chat (str | Unset): User Phone Number.
        group (str | Unset): Group ID.
    """

    action: SendTypingStatusBodyAction
    duration: int | Unset = UNSET
    chat: str | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        duration = self.duration

        chat = self.chat

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if chat is not UNSET:
            field_dict["chat"] = chat
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = SendTypingStatusBodyAction(d.pop("action"))

        duration = d.pop("duration", UNSET)

        chat = d.pop("chat", UNSET)

        group = d.pop("group", UNSET)

        send_typing_status_body = cls(
            action=action,
            duration=duration,
            chat=chat,
            group=group,
        )

        send_typing_status_body.additional_properties = d
        return send_typing_status_body

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
