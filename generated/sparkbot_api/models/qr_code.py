from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class QrCode(ApiModel):
    """A QR code to pair the number, when an encoding other than svg or image is asked for.

    Attributes:
        data (str | None)
        encoding (str | None)
        expires_at (datetime.datetime | None)
    """

    data: str | None = None
    encoding: str | None = None
    expires_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


QrCode._api_fields = {
    "data": ("data", None),
    "encoding": ("encoding", None),
    "expiresAt": ("expires_at", datetime.datetime.fromisoformat),
}
