from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_action_action import ChatActionAction
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatAction")


@_attrs_define
class ChatAction:
    """A chat action run once the message is delivered.

    Attributes:
        action (ChatActionAction):
        params (ChatActionParams | Unset):
    """

    action: ChatActionAction
    params: ChatActionParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ChatActionAction(d.pop("action"))

        _params = d.pop("params", UNSET)
        params: ChatActionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ChatActionParams.from_dict(_params)

        chat_action = cls(
            action=action,
            params=params,
        )

        chat_action.additional_properties = d
        return chat_action

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


from ..models.chat_action_params import ChatActionParams  # noqa: E402
