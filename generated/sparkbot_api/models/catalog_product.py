from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_product_permission import CatalogProductPermission
from ..models.catalog_product_scope import CatalogProductScope
from ..models.catalog_product_status import CatalogProductStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CatalogProduct")


@_attrs_define
class CatalogProduct:
    """Business catalog product. Product fields (name..availability) inferred from the message product shape.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        wid (str | Unset): WhatsApp product ID.
        device (str | Unset):
        user (str | Unset):
        scope (CatalogProductScope | Unset):
        status (CatalogProductStatus | Unset):
        permission (CatalogProductPermission | Unset):
        name (str | Unset):
        description (str | Unset):
        price (float | Unset):
        currency (str | Unset):
        url (str | Unset):
        retailer_id (str | Unset):
        availability (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        synced_at (datetime.datetime | Unset):
    """

    id: str
    wid: str | Unset = UNSET
    device: str | Unset = UNSET
    user: str | Unset = UNSET
    scope: CatalogProductScope | Unset = UNSET
    status: CatalogProductStatus | Unset = UNSET
    permission: CatalogProductPermission | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    url: str | Unset = UNSET
    retailer_id: str | Unset = UNSET
    availability: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    synced_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        wid = self.wid

        device = self.device

        user = self.user

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        name = self.name

        description = self.description

        price = self.price

        currency = self.currency

        url = self.url

        retailer_id = self.retailer_id

        availability = self.availability

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        synced_at: str | Unset = UNSET
        if not isinstance(self.synced_at, Unset):
            synced_at = self.synced_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if wid is not UNSET:
            field_dict["wid"] = wid
        if device is not UNSET:
            field_dict["device"] = device
        if user is not UNSET:
            field_dict["user"] = user
        if scope is not UNSET:
            field_dict["scope"] = scope
        if status is not UNSET:
            field_dict["status"] = status
        if permission is not UNSET:
            field_dict["permission"] = permission
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if url is not UNSET:
            field_dict["url"] = url
        if retailer_id is not UNSET:
            field_dict["retailerId"] = retailer_id
        if availability is not UNSET:
            field_dict["availability"] = availability
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        wid = d.pop("wid", UNSET)

        device = d.pop("device", UNSET)

        user = d.pop("user", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: CatalogProductScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = CatalogProductScope(_scope)

        _status = d.pop("status", UNSET)
        status: CatalogProductStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CatalogProductStatus(_status)

        _permission = d.pop("permission", UNSET)
        permission: CatalogProductPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = CatalogProductPermission(_permission)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        url = d.pop("url", UNSET)

        retailer_id = d.pop("retailerId", UNSET)

        availability = d.pop("availability", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _synced_at = d.pop("syncedAt", UNSET)
        synced_at: datetime.datetime | Unset
        if isinstance(_synced_at, Unset):
            synced_at = UNSET
        else:
            synced_at = datetime.datetime.fromisoformat(_synced_at)

        catalog_product = cls(
            id=id,
            wid=wid,
            device=device,
            user=user,
            scope=scope,
            status=status,
            permission=permission,
            name=name,
            description=description,
            price=price,
            currency=currency,
            url=url,
            retailer_id=retailer_id,
            availability=availability,
            created_at=created_at,
            updated_at=updated_at,
            synced_at=synced_at,
        )

        catalog_product.additional_properties = d
        return catalog_product

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
