from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_link_kind import MeetingLinkKind
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class MeetingLink(ApiModel):
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


from ..models.meeting_link_device_type_1 import MeetingLinkDeviceType1  # noqa: E402
from ..models.meeting_link_user_type_1 import MeetingLinkUserType1  # noqa: E402

MeetingLink._api_fields = {
    "id": ("id", None),
    "user": ("user", either((dict, MeetingLinkUserType1.from_dict), as_is=True)),
    "device": ("device", either((dict, MeetingLinkDeviceType1.from_dict), as_is=True)),
    "kind": ("kind", member(MeetingLinkKind)),
    "token": ("token", None),
    "message": ("message", None),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
}
