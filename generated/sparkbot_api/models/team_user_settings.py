from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="TeamUserSettings")


@_attrs_define
class TeamUserSettings:
    """
    Attributes:
        language (str | Unset):
        timezone (str | Unset):
        color (str | Unset):
        retention_policy (str | Unset):
        billing_email (str | Unset):
    """

    language: str | Unset = UNSET
    timezone: str | Unset = UNSET
    color: str | Unset = UNSET
    retention_policy: str | Unset = UNSET
    billing_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        timezone = self.timezone

        color = self.color

        retention_policy = self.retention_policy

        billing_email = self.billing_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if color is not UNSET:
            field_dict["color"] = color
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
        if billing_email is not UNSET:
            field_dict["billingEmail"] = billing_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        timezone = d.pop("timezone", UNSET)

        color = d.pop("color", UNSET)

        retention_policy = d.pop("retentionPolicy", UNSET)

        billing_email = d.pop("billingEmail", UNSET)

        team_user_settings = cls(
            language=language,
            timezone=timezone,
            color=color,
            retention_policy=retention_policy,
            billing_email=billing_email,
        )

        team_user_settings.additional_properties = d
        return team_user_settings

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
