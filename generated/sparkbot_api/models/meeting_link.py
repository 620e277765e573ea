from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_link_kind import MeetingLinkKind
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="MeetingLink")


@_attrs_define
class MeetingLink:
    """WhatsApp call (meeting) link.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (MeetingLinkUserType1 | str | None): an id, or the document itself.
        device (MeetingLinkDeviceType1 | str | None): an id, or the document itself.
        kind (MeetingLinkKind | None)
        token (str | None)
        message (str | None)
        expires_at (datetime.datetime | None)
    """

    id: str
    user: MeetingLinkUserType1 | str | None = None
    device: MeetingLinkDeviceType1 | str | None = None
    kind: MeetingLinkKind | None = None
    token: str | None = None
    message: str | None = None
    expires_at: datetime.datetime | None = None
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

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, MeetingLinkUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, MeetingLinkDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        if self.token is not None:
            field_dict["token"] = self.token

        if self.message is not None:
            field_dict["message"] = self.message

        _expires_at_value = UNSET if self.expires_at is None else self.expires_at
        expires_at: None | str | Unset
        if isinstance(_expires_at_value, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_value, datetime.datetime):
            expires_at = api_datetime(_expires_at_value)
        else:
            expires_at = _expires_at_value
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        try:

            def _parse_user(data: object) -> MeetingLinkUserType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = MeetingLinkUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MeetingLinkUserType1 | str | Unset, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        try:

            def _parse_device(data: object) -> MeetingLinkDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = MeetingLinkDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MeetingLinkDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        try:
            _kind = d.get("kind", UNSET)
            kind: MeetingLinkKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = MeetingLinkKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        token = d.pop("token", UNSET)

        message = d.pop("message", UNSET)

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expires_at = _parse_expires_at(d.get("expiresAt", UNSET))

        except LENIENT:
            expires_at = UNSET
        else:
            d.pop("expiresAt", None)

        meeting_link = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            user=None if isinstance(user, Unset) else user,
            device=None if isinstance(device, Unset) else device,
            kind=None if isinstance(kind, Unset) else kind,
            token=None if isinstance(token, Unset) else token,
            message=None if isinstance(message, Unset) else message,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
        )

        meeting_link.additional_properties = d
        return meeting_link

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


from ..models.meeting_link_device_type_1 import MeetingLinkDeviceType1  # noqa: E402
from ..models.meeting_link_user_type_1 import MeetingLinkUserType1  # noqa: E402
