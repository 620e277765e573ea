from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteChatBody")


@_attrs_define
class DeleteChatBody:
    """
    Attributes:
        force (bool | None): Delete from WhatsApp.
        whatsapp (bool | None): Delete from WhatsApp.
    """

    force: bool | None = None
    whatsapp: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _force_value = UNSET if self.force is None else self.force
        force = _force_value
        if force is not UNSET:
            field_dict["force"] = force

        _whatsapp_value = UNSET if self.whatsapp is None else self.whatsapp
        whatsapp = _whatsapp_value
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        force = d.pop("force", UNSET)

        whatsapp = d.pop("whatsapp", UNSET)

        delete_chat_body = cls(
            force=None if isinstance(force, Unset) else force,
            whatsapp=None if isinstance(whatsapp, Unset) else whatsapp,
        )

        delete_chat_body.additional_properties = d
        return delete_chat_body

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
