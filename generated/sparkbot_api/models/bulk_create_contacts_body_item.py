from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class BulkCreateContactsBodyItem(ApiModel):
    """
    Attributes:
        phone (str | None): Phone Number.
        name (str | None): Name.
        surname (str | None): Surname.
        email (str | None): Email.
        company_name (str | None): Company.
    """

    phone: str | None = None
    name: str | None = None
    surname: str | None = None
    email: str | None = None
    company_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


BulkCreateContactsBodyItem._api_fields = {
    "phone": ("phone", None),
    "name": ("name", None),
    "surname": ("surname", None),
    "email": ("email", None),
    "companyName": ("company_name", None),
}
