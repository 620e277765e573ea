from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateProfileBody")


@_attrs_define
class UpdateProfileBody:
    """
    Attributes:
        name (str | None): Profile Name.
        status (str | None): Profile Status.
        business_profile (UpdateProfileBodyBusinessProfile | None)
    """

    name: str | None = None
    status: str | None = None
    business_profile: UpdateProfileBodyBusinessProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _status_value = UNSET if self.status is None else self.status
        status = _status_value
        if status is not UNSET:
            field_dict["status"] = status

        _business_profile_value = UNSET if self.business_profile is None else self.business_profile
        business_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(_business_profile_value, Unset):
            business_profile = _business_profile_value.to_dict()
        if business_profile is not UNSET:
            field_dict["businessProfile"] = business_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        try:
            _business_profile = d.get("businessProfile", UNSET)
            business_profile: UpdateProfileBodyBusinessProfile | Unset
            if isinstance(_business_profile, Unset):
                business_profile = UNSET
            else:
                business_profile = UpdateProfileBodyBusinessProfile.from_dict(_business_profile)

        except LENIENT:
            business_profile = UNSET
        else:
            d.pop("businessProfile", None)

        update_profile_body = cls(
            name=None if isinstance(name, Unset) else name,
            status=None if isinstance(status, Unset) else status,
            business_profile=None if isinstance(business_profile, Unset) else business_profile,
        )

        update_profile_body.additional_properties = d
        return update_profile_body

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


from ..models.update_profile_body_business_profile import UpdateProfileBodyBusinessProfile  # noqa: E402
