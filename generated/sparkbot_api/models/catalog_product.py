from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_product_permission import CatalogProductPermission
from ..models.catalog_product_scope import CatalogProductScope
from ..models.catalog_product_status import CatalogProductStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="CatalogProduct")


@_attrs_define
class CatalogProduct:
    """Business catalog product. Product fields (name..availability) inferred from the message product shape.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        wid (str | None): WhatsApp product ID.
        device (CatalogProductDeviceType1 | str | None): an id, or the document itself.
        user (CatalogProductUserType1 | str | None): an id, or the document itself.
        scope (CatalogProductScope | None)
        status (CatalogProductStatus | None)
        permission (CatalogProductPermission | None)
        name (str | None)
        description (str | None)
        price (float | None)
        currency (str | None)
        url (str | None)
        retailer_id (str | None)
        availability (str | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        synced_at (datetime.datetime | None)
    """

    id: str
    wid: str | None = None
    device: CatalogProductDeviceType1 | str | None = None
    user: CatalogProductUserType1 | str | None = None
    scope: CatalogProductScope | None = None
    status: CatalogProductStatus | None = None
    permission: CatalogProductPermission | None = None
    name: str | None = None
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    url: str | None = None
    retailer_id: str | None = None
    availability: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    synced_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.wid is not None:
            field_dict["wid"] = self.wid

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, CatalogProductDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, CatalogProductUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _scope_value = UNSET if self.scope is None else self.scope
        scope: str | Unset = UNSET
        if not isinstance(_scope_value, Unset):
            scope = _scope_value.value

        if scope is not UNSET:
            field_dict["scope"] = scope

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _permission_value = UNSET if self.permission is None else self.permission
        permission: str | Unset = UNSET
        if not isinstance(_permission_value, Unset):
            permission = _permission_value.value

        if permission is not UNSET:
            field_dict["permission"] = permission

        if self.name is not None:
            field_dict["name"] = self.name

        if self.description is not None:
            field_dict["description"] = self.description

        if self.price is not None:
            field_dict["price"] = self.price

        if self.currency is not None:
            field_dict["currency"] = self.currency

        if self.url is not None:
            field_dict["url"] = self.url

        if self.retailer_id is not None:
            field_dict["retailerId"] = self.retailer_id

        if self.availability is not None:
            field_dict["availability"] = self.availability

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        _synced_at_value = UNSET if self.synced_at is None else self.synced_at
        synced_at: None | str | Unset
        if isinstance(_synced_at_value, Unset):
            synced_at = UNSET
        elif isinstance(_synced_at_value, datetime.datetime):
            synced_at = api_datetime(_synced_at_value)
        else:
            synced_at = _synced_at_value
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        try:

            def _parse_device(data: object) -> CatalogProductDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = CatalogProductDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CatalogProductDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        try:

            def _parse_user(data: object) -> CatalogProductUserType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = CatalogProductUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CatalogProductUserType1 | str | Unset, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        try:
            _scope = d.get("scope", UNSET)
            scope: CatalogProductScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = CatalogProductScope(_scope)

        except LENIENT:
            scope = UNSET
        else:
            d.pop("scope", None)

        try:
            _status = d.get("status", UNSET)
            status: CatalogProductStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CatalogProductStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _permission = d.get("permission", UNSET)
            permission: CatalogProductPermission | Unset
            if isinstance(_permission, Unset):
                permission = UNSET
            else:
                permission = CatalogProductPermission(_permission)

        except LENIENT:
            permission = UNSET
        else:
            d.pop("permission", None)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        url = d.pop("url", UNSET)

        retailer_id = d.pop("retailerId", UNSET)

        availability = d.pop("availability", UNSET)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        try:

            def _parse_synced_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    synced_at_type_0 = datetime.datetime.fromisoformat(data)

                    return synced_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            synced_at = _parse_synced_at(d.get("syncedAt", UNSET))

        except LENIENT:
            synced_at = UNSET
        else:
            d.pop("syncedAt", None)

        catalog_product = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            wid=None if isinstance(wid, Unset) else wid,
            device=None if isinstance(device, Unset) else device,
            user=None if isinstance(user, Unset) else user,
            scope=None if isinstance(scope, Unset) else scope,
            status=None if isinstance(status, Unset) else status,
            permission=None if isinstance(permission, Unset) else permission,
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            price=None if isinstance(price, Unset) else price,
            currency=None if isinstance(currency, Unset) else currency,
            url=None if isinstance(url, Unset) else url,
            retailer_id=None if isinstance(retailer_id, Unset) else retailer_id,
            availability=None if isinstance(availability, Unset) else availability,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            synced_at=None if isinstance(synced_at, Unset) else synced_at,
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


from ..models.catalog_product_device_type_1 import CatalogProductDeviceType1  # noqa: E402
from ..models.catalog_product_user_type_1 import CatalogProductUserType1  # noqa: E402
