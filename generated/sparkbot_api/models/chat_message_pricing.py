from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessagePricing")


@_attrs_define
class ChatMessagePricing:
    """
    Attributes:
        billable (bool | None)
        model (str | None)
        kind (str | None)
        category (str | None)
    """

    billable: bool | None = None
    model: str | None = None
    kind: str | None = None
    category: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _billable_value = UNSET if self.billable is None else self.billable
        billable = _billable_value
        if billable is not UNSET:
            field_dict["billable"] = billable

        _model_value = UNSET if self.model is None else self.model
        model = _model_value
        if model is not UNSET:
            field_dict["model"] = model

        _kind_value = UNSET if self.kind is None else self.kind
        kind = _kind_value
        if kind is not UNSET:
            field_dict["kind"] = kind

        _category_value = UNSET if self.category is None else self.category
        category = _category_value
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billable = d.pop("billable", UNSET)

        model = d.pop("model", UNSET)

        kind = d.pop("kind", UNSET)

        category = d.pop("category", UNSET)

        chat_message_pricing = cls(
            billable=None if isinstance(billable, Unset) else billable,
            model=None if isinstance(model, Unset) else model,
            kind=None if isinstance(kind, Unset) else kind,
            category=None if isinstance(category, Unset) else category,
        )

        chat_message_pricing.additional_properties = d
        return chat_message_pricing

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
