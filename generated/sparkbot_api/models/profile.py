from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """WhatsApp profile of a number (shape inferred from device.profile and the update body).

    Attributes:
        name (str | None)
        status (str | None)
        info (str | None)
        is_business (bool | None)
        last_sync_at (datetime.datetime | None)
        image (ProfileImage | None): Profile image details (free-form).
        business_profile (ProfileBusinessProfile | None)
    """

    name: str | None = None
    status: str | None = None
    info: str | None = None
    is_business: bool | None = None
    last_sync_at: datetime.datetime | None = None
    image: ProfileImage | None = None
    business_profile: ProfileBusinessProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name

        if self.status is not None:
            field_dict["status"] = self.status

        if self.info is not None:
            field_dict["info"] = self.info

        if self.is_business is not None:
            field_dict["isBusiness"] = self.is_business

        _last_sync_at_value = UNSET if self.last_sync_at is None else self.last_sync_at
        last_sync_at: None | str | Unset
        if isinstance(_last_sync_at_value, Unset):
            last_sync_at = UNSET
        elif isinstance(_last_sync_at_value, datetime.datetime):
            last_sync_at = api_datetime(_last_sync_at_value)
        else:
            last_sync_at = _last_sync_at_value
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at

        _image_value = UNSET if self.image is None else self.image
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(_image_value, Unset):
            image = _image_value.to_dict()
        if image is not UNSET:
            field_dict["image"] = image

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

        info = d.pop("info", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        try:

            def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_sync_at = _parse_last_sync_at(d.get("lastSyncAt", UNSET))

        except LENIENT:
            last_sync_at = UNSET
        else:
            d.pop("lastSyncAt", None)

        try:
            _image = d.get("image", UNSET)
            image: ProfileImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = ProfileImage.from_dict(_image)

        except LENIENT:
            image = UNSET
        else:
            d.pop("image", None)

        try:
            _business_profile = d.get("businessProfile", UNSET)
            business_profile: ProfileBusinessProfile | Unset
            if isinstance(_business_profile, Unset):
                business_profile = UNSET
            else:
                business_profile = ProfileBusinessProfile.from_dict(_business_profile)

        except LENIENT:
            business_profile = UNSET
        else:
            d.pop("businessProfile", None)

        profile = cls(
            name=None if isinstance(name, Unset) else name,
            status=None if isinstance(status, Unset) else status,
            info=None if isinstance(info, Unset) else info,
            is_business=None if isinstance(is_business, Unset) else is_business,
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            image=None if isinstance(image, Unset) else image,
            business_profile=None if isinstance(business_profile, Unset) else business_profile,
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
