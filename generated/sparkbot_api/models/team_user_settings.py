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
        language (str | None)
        timezone (str | None)
        color (str | None)
        retention_policy (str | None)
        billing_email (str | None)
    """

    language: str | None = None
    timezone: str | None = None
    color: str | None = None
    retention_policy: str | None = None
    billing_email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _language_value = UNSET if self.language is None else self.language
        language = _language_value
        if language is not UNSET:
            field_dict["language"] = language

        _timezone_value = UNSET if self.timezone is None else self.timezone
        timezone = _timezone_value
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        _color_value = UNSET if self.color is None else self.color
        color = _color_value
        if color is not UNSET:
            field_dict["color"] = color

        _retention_policy_value = UNSET if self.retention_policy is None else self.retention_policy
        retention_policy = _retention_policy_value
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy

        _billing_email_value = UNSET if self.billing_email is None else self.billing_email
        billing_email = _billing_email_value
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
            language=None if isinstance(language, Unset) else language,
            timezone=None if isinstance(timezone, Unset) else timezone,
            color=None if isinstance(color, Unset) else color,
            retention_policy=None if isinstance(retention_policy, Unset) else retention_policy,
            billing_email=None if isinstance(billing_email, Unset) else billing_email,
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
