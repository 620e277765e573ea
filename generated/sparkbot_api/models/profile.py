from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """WhatsApp profile of a number (shape inferred from device.profile and the update body).

    Attributes:
        name (str | Unset):
        status (str | Unset):
        info (str | Unset):
        is_business (bool | Unset):
        last_sync_at (datetime.datetime | Unset):
        image (ProfileImage | Unset): Profile image details (free-form).
        business_profile (ProfileBusinessProfile | Unset):
    """

    name: str | Unset = UNSET
    status: str | Unset = UNSET
    info: str | Unset = UNSET
    is_business: bool | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    image: ProfileImage | Unset = UNSET
    business_profile: ProfileBusinessProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        info = self.info

        is_business = self.is_business

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

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
        if info is not UNSET:
            field_dict["info"] = info
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at
        if image is not UNSET:
            field_dict["image"] = image
        if business_profile is not UNSET:
            field_dict["businessProfile"] = business_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        info = d.pop("info", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        _last_sync_at = d.pop("lastSyncAt", UNSET)
        last_sync_at: datetime.datetime | Unset
        if isinstance(_last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        _image = d.pop("image", UNSET)
        image: ProfileImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ProfileImage.from_dict(_image)

        _business_profile = d.pop("businessProfile", UNSET)
        business_profile: ProfileBusinessProfile | Unset
        if isinstance(_business_profile, Unset):
            business_profile = UNSET
        else:
            business_profile = ProfileBusinessProfile.from_dict(_business_profile)

        profile = cls(
            name=name,
            status=status,
            info=info,
            is_business=is_business,
            last_sync_at=last_sync_at,
            image=image,
            business_profile=business_profile,
        )

        profile.additional_properties = d
        return profile

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


from ..models.profile_business_profile import ProfileBusinessProfile  # noqa: E402
from ..models.profile_image import ProfileImage  # noqa: E402
