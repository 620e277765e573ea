from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ForwardMessageForward")


@_attrs_define
class ForwardMessageForward:
    """
    Attributes:
        message (str): Message ID to Forward.
        chat (str | None): Source Chat ID.
    """

    message: str
    chat: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message is not None:  # a reply may lack even a required field
            message = self.message
            field_dict["message"] = message

        _chat_value = UNSET if self.chat is None else self.chat
        chat = _chat_value
        if chat is not UNSET:
            field_dict["chat"] = chat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        chat = d.pop("chat", UNSET)

        forward_message_forward = cls(
            message=cast(Any, None) if isinstance(message, Unset) else message,
            chat=None if isinstance(chat, Unset) else chat,
        )

        forward_message_forward.additional_properties = d
        return forward_message_forward

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
