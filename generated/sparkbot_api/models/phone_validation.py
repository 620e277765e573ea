from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class PhoneValidation(ApiModel):
    """Result of POST /numbers/validate (shape inferred, not documented).

    Attributes:
        country (str | None)
        numbers (list[PhoneValidationNumbersItem] | None)
    """

    country: str | None = None
    numbers: list[PhoneValidationNumbersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.phone_validation_numbers_item import PhoneValidationNumbersItem  # noqa: E402

PhoneValidation._api_fields = {
    "country": ("country", None),
    "numbers": ("numbers", each(PhoneValidationNumbersItem.from_dict)),
}
