from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CampaignUnsubscribe")


@_attrs_define
class CampaignUnsubscribe:
    """
    Attributes:
        active (bool | None)
        word (str | None)
        message (str | None)
    """

    active: bool | None = None
    word: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _active_value = UNSET if self.active is None else self.active
        active = _active_value
        if active is not UNSET:
            field_dict["active"] = active

        _word_value = UNSET if self.word is None else self.word
        word = _word_value
        if word is not UNSET:
            field_dict["word"] = word

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        word = d.pop("word", UNSET)

        message = d.pop("message", UNSET)

        campaign_unsubscribe = cls(
            active=None if isinstance(active, Unset) else active,
            word=None if isinstance(word, Unset) else word,
            message=None if isinstance(message, Unset) else message,
        )

        campaign_unsubscribe.additional_properties = d
        return campaign_unsubscribe

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
