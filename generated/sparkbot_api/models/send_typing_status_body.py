from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_typing_status_body_action import SendTypingStatusBodyAction
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendTypingStatusBody")


@_attrs_define
class SendTypingStatusBody:
    """
    Attributes:
        action (SendTypingStatusBodyAction): Action. API default: typing.
        duration (int | None): Duration (seconds). API default: 2.
        chat (str | None): User Phone Number.
        group (str | None): Group ID.
    """

    action: SendTypingStatusBodyAction
    duration: int | None = None
    chat: str | None = None
    group: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not None:  # a reply may lack even a required field
            action = self.action.value
            field_dict["action"] = action

        _duration_value = UNSET if self.duration is None else self.duration
        duration = _duration_value
        if duration is not UNSET:
            field_dict["duration"] = duration

        _chat_value = UNSET if self.chat is None else self.chat
        chat = _chat_value
        if chat is not UNSET:
            field_dict["chat"] = chat

        _group_value = UNSET if self.group is None else self.group
        group = _group_value
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action: SendTypingStatusBodyAction | Unset
        try:
            action = SendTypingStatusBodyAction(d["action"])

        except LENIENT:
            action = UNSET
        else:
            d.pop("action", None)

        duration = d.pop("duration", UNSET)

        chat = d.pop("chat", UNSET)

        group = d.pop("group", UNSET)

        send_typing_status_body = cls(
            action=cast(Any, None) if isinstance(action, Unset) else action,
            duration=None if isinstance(duration, Unset) else duration,
            chat=None if isinstance(chat, Unset) else chat,
            group=None if isinstance(group, Unset) else group,
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
