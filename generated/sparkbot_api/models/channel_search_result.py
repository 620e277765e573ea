from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChannelSearchResult(ApiModel):
    """One public channel found by a channel search (shape inferred, not documented).

    Attributes:
        wid (str | None)
        name (str | None)
        description (str | None)
        image (str | None)
        followers (int | None)
        verified (bool | None)
        invite_code (str | None)
        invite_link (str | None)
        created_at (datetime.datetime | None)
    """

    wid: str | None = None
    name: str | None = None
    description: str | None = None
    image: str | None = None
    followers: int | None = None
    verified: bool | None = None
    invite_code: str | None = None
    invite_link: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChannelSearchResult._api_fields = {
    "wid": ("wid", None),
    "name": ("name", None),
    "description": ("description", None),
    "image": ("image", None),
    "followers": ("followers", None),
    "verified": ("verified", None),
    "inviteCode": ("invite_code", None),
    "inviteLink": ("invite_link", None),
    "createdAt": ("created_at", datetime.datetime.fromisoformat),
}
