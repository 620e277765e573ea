from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class PhoneValidationNumbersItem(ApiModel):
    """
    Attributes:
        phone (str | None)
        valid (bool | None)
        international (str | None)
        national (str | None)
        country_code (str | None)
        kind (str | None)
    """

    phone: str | None = None
    valid: bool | None = None
    international: str | None = None
    national: str | None = None
    country_code: str | None = None
    kind: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


PhoneValidationNumbersItem._api_fields = {
    "phone": ("phone", None),
    "valid": ("valid", None),
    "international": ("international", None),
    "national": ("national", None),
    "countryCode": ("country_code", None),
    "kind": ("kind", None),
}
