from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class PhoneExists(ApiModel):
    """Result of POST /numbers/exists (shape inferred, not documented).

    Attributes:
        phone (str | None)
        wid (str | None)
        exists (bool | None)
        is_business (bool | None)
        link (str | None)
    """

    phone: str | None = None
    wid: str | None = None
    exists: bool | None = None
    is_business: bool | None = None
    link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


PhoneExists._api_fields = {
    "phone": ("phone", None),
    "wid": ("wid", None),
    "exists": ("exists", None),
    "isBusiness": ("is_business", None),
    "link": ("link", None),
}
