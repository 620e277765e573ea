from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_user_role import TeamUserRole
from ..models.team_user_status import TeamUserStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser:
    """Team member (user).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        display_name (str | Unset): Not in the Swagger properties; from the Create Team Member body.
        email (str | Unset):
        role (TeamUserRole | Unset):
        status (TeamUserStatus | Unset):
        last_login_at (datetime.datetime | Unset):
        settings (TeamUserSettings | Unset):
        availability (TeamUserAvailability | Unset):
    """

    id: str
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    role: TeamUserRole | Unset = UNSET
    status: TeamUserStatus | Unset = UNSET
    last_login_at: datetime.datetime | Unset = UNSET
    settings: TeamUserSettings | Unset = UNSET
    availability: TeamUserAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last_login_at: str | Unset = UNSET
        if not isinstance(self.last_login_at, Unset):
            last_login_at = self.last_login_at.isoformat()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if last_login_at is not UNSET:
            field_dict["lastLoginAt"] = last_login_at
        if settings is not UNSET:
            field_dict["settings"] = settings
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        _role = d.pop("role", UNSET)
        role: TeamUserRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = TeamUserRole(_role)

        _status = d.pop("status", UNSET)
        status: TeamUserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TeamUserStatus(_status)

        _last_login_at = d.pop("lastLoginAt", UNSET)
        last_login_at: datetime.datetime | Unset
        if isinstance(_last_login_at, Unset):
            last_login_at = UNSET
        else:
            last_login_at = datetime.datetime.fromisoformat(_last_login_at)

        _settings = d.pop("settings", UNSET)
        settings: TeamUserSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = TeamUserSettings.from_dict(_settings)

        _availability = d.pop("availability", UNSET)
        availability: TeamUserAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = TeamUserAvailability.from_dict(_availability)

        team_user = cls(
            id=id,
            display_name=display_name,
            email=email,
            role=role,
            status=status,
            last_login_at=last_login_at,
            settings=settings,
            availability=availability,
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
