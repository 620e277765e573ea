from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateProfileBody")


@_attrs_define
class UpdateProfileBody:
    """
    Attributes:
        name (str | Unset): Profile Name.
        status (str | Unset): Profile Status.
        business_profile (UpdateProfileBodyBusinessProfile | Unset):
    """

    name: str | Unset = UNSET
    status: str | Unset = UNSET
    business_profile: UpdateProfileBodyBusinessProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        business_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_profile, Unset):
            business_profile = self.business_profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if business_profile is not UNSET:
            field_dict["businessProfile"] = business_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        _business_profile = d.pop("businessProfile", UNSET)
        business_profile: UpdateProfileBodyBusinessProfile | Unset
        if isinstance(_business_profile, Unset):
            business_profile = UNSET
        else:
            business_profile = UpdateProfileBodyBusinessProfile.from_dict(_business_profile)

        update_profile_body = cls(
            name=name,
            status=status,
            business_profile=business_profile,
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
