from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_user_role import TeamUserRole
from ..models.team_user_status import TeamUserStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser:
    """Team member (user).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        display_name (str | None): Not in the Swagger properties; from the Create Team Member body.
        email (str | None)
        role (TeamUserRole | None)
        status (TeamUserStatus | None)
        last_login_at (datetime.datetime | None)
        settings (TeamUserSettings | None)
        availability (TeamUserAvailability | None)
    """

    id: str
    display_name: str | None = None
    email: str | None = None
    role: TeamUserRole | None = None
    status: TeamUserStatus | None = None
    last_login_at: datetime.datetime | None = None
    settings: TeamUserSettings | None = None
    availability: TeamUserAvailability | None = None
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

        if self.display_name is not None:
            field_dict["displayName"] = self.display_name

        if self.email is not None:
            field_dict["email"] = self.email

        _role_value = UNSET if self.role is None else self.role
        role: str | Unset = UNSET
        if not isinstance(_role_value, Unset):
            role = _role_value.value

        if role is not UNSET:
            field_dict["role"] = role

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _last_login_at_value = UNSET if self.last_login_at is None else self.last_login_at
        last_login_at: None | str | Unset
        if isinstance(_last_login_at_value, Unset):
            last_login_at = UNSET
        elif isinstance(_last_login_at_value, datetime.datetime):
            last_login_at = api_datetime(_last_login_at_value)
        else:
            last_login_at = _last_login_at_value
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at

        _settings_value = UNSET if self.settings is None else self.settings
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_settings_value, Unset):
            settings = _settings_value.to_dict()
        if settings is not UNSET:
            field_dict["settings"] = settings

        _availability_value = UNSET if self.availability is None else self.availability
        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(_availability_value, Unset):
            availability = _availability_value.to_dict()
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        try:
            _role = d.get("role", UNSET)
            role: TeamUserRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = TeamUserRole(_role)

        except LENIENT:
            role = UNSET
        else:
            d.pop("role", None)

        try:
            _status = d.get("status", UNSET)
            status: TeamUserStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = TeamUserStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:

            def _parse_last_login_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_login_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_login_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_login_at = _parse_last_login_at(d.get("lastLoginAt", UNSET))

        except LENIENT:
            last_login_at = UNSET
        else:
            d.pop("lastLoginAt", None)

        try:
            _settings = d.get("settings", UNSET)
            settings: TeamUserSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = TeamUserSettings.from_dict(_settings)

        except LENIENT:
            settings = UNSET
        else:
            d.pop("settings", None)

        try:
            _availability = d.get("availability", UNSET)
            availability: TeamUserAvailability | Unset
            if isinstance(_availability, Unset):
                availability = UNSET
            else:
                availability = TeamUserAvailability.from_dict(_availability)

        except LENIENT:
            availability = UNSET
        else:
            d.pop("availability", None)

        team_user = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            display_name=None if isinstance(display_name, Unset) else display_name,
            email=None if isinstance(email, Unset) else email,
            role=None if isinstance(role, Unset) else role,
            status=None if isinstance(status, Unset) else status,
            last_login_at=None if isinstance(last_login_at, Unset) else last_login_at,
            settings=None if isinstance(settings, Unset) else settings,
            availability=None if isinstance(availability, Unset) else availability,
        )

        team_user.additional_properties = d
        return team_user

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


from ..models.team_user_availability import TeamUserAvailability  # noqa: E402
from ..models.team_user_settings import TeamUserSettings  # noqa: E402
