from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_chat_action import BulkChatAction
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="BulkUpdateChatsBody")


@_attrs_define
class BulkUpdateChatsBody:
    """
    Attributes:
        action (BulkChatAction):
        chats (list[str] | Unset): Chat IDs/Phone Numbers.
        params (BulkUpdateChatsBodyParams | Unset):
    """

    action: BulkChatAction
    chats: list[str] | Unset = UNSET
    params: BulkUpdateChatsBodyParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        chats: list[str] | Unset = UNSET
        if not isinstance(self.chats, Unset):
            chats = self.chats

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
        if chats is not UNSET:
            field_dict["chats"] = chats
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = BulkChatAction(d.pop("action"))

        chats = cast(list[str], d.pop("chats", UNSET))

        _params = d.pop("params", UNSET)
        params: BulkUpdateChatsBodyParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = BulkUpdateChatsBodyParams.from_dict(_params)

        bulk_update_chats_body = cls(
            action=action,
            chats=chats,
            params=params,
        )

        bulk_update_chats_body.additional_properties = d
        return bulk_update_chats_body

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


from ..models.bulk_update_chats_body_params import BulkUpdateChatsBodyParams  # noqa: E402
