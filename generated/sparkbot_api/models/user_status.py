from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class UserStatus(ApiModel):
    """WhatsApp status (story) post (shape inferred, not documented).

    Attributes:
        id (str | None)
        wid (str | None)
        kind (str | None)
        flow (str | None)
        ack (str | None)
        status (str | None)
        message (str | None)
        font (str | None)
        color (str | None)
        reference (str | None)
        date (datetime.datetime | None)
        created_at (datetime.datetime | None)
        deliver_at (datetime.datetime | None)
        media (UserStatusMedia | None): Attached media (free-form).
    """

    id: str | None = None
    wid: str | None = None
    kind: str | None = None
    flow: str | None = None
    ack: str | None = None
    status: str | None = None
    message: str | None = None
    font: str | None = None
    color: str | None = None
    reference: str | None = None
    date: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    deliver_at: datetime.datetime | None = None
    media: UserStatusMedia | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.user_status_media import UserStatusMedia  # noqa: E402

UserStatus._api_fields = {
    "id": ("id", None),
    "wid": ("wid", None),
    "kind": ("kind", None),
    "flow": ("flow", None),
    "ack": ("ack", None),
    "status": ("status", None),
    "message": ("message", None),
    "font": ("font", None),
    "color": ("color", None),
    "reference": ("reference", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "deliverAt": ("deliver_at", nullable(datetime.datetime.fromisoformat)),
    "media": ("media", UserStatusMedia.from_dict),
}
