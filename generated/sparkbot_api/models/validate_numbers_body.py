from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class ValidateNumbersBody(ApiModel):
    """
    Attributes:
        country (str | None): ISO 3166 alpha-2 country of numbers without a prefix (e.g. ES, MX, BR).
        numbers (list[ValidateNumbersBodyNumbersItem] | None)
        prefix (int | str | None): International dialling prefix to apply, e.g. 55.
    """

    country: str | None = None
    numbers: list[ValidateNumbersBodyNumbersItem] | None = None
    prefix: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.validate_numbers_body_numbers_item import ValidateNumbersBodyNumbersItem  # noqa: E402

ValidateNumbersBody._api_fields = {
    "country": ("country", None),
    "numbers": ("numbers", each(ValidateNumbersBodyNumbersItem.from_dict)),
    "prefix": ("prefix", None),
}
