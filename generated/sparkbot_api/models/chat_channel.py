from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatChannel(ApiModel):
    """Channel details (channel chats).

    Attributes:
        privacy (str | None)
        reaction_codes (int | None)
        description (str | None)
        owner (bool | None)
        membership (str | None)
        invite_code (str | None)
        suspended (bool | None)
        verified (bool | None)
        geosuspended (bool | None)
        followers (int | None)
        website (str | None)
        name_updated_at (datetime.datetime | None)
        description_updated_at (datetime.datetime | None)
        image (ChatChannelImage | None): Channel image: url, file, syncedAt (free-form).
    """

    privacy: str | None = None
    reaction_codes: int | None = None
    description: str | None = None
    owner: bool | None = None
    membership: str | None = None
    invite_code: str | None = None
    suspended: bool | None = None
    verified: bool | None = None
    geosuspended: bool | None = None
    followers: int | None = None
    website: str | None = None
    name_updated_at: datetime.datetime | None = None
    description_updated_at: datetime.datetime | None = None
    image: ChatChannelImage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_channel_image import ChatChannelImage  # noqa: E402

ChatChannel._api_fields = {
    "privacy": ("privacy", None),
    "reactionCodes": ("reaction_codes", None),
    "description": ("description", None),
    "owner": ("owner", None),
    "membership": ("membership", None),
    "inviteCode": ("invite_code", None),
    "suspended": ("suspended", None),
    "verified": ("verified", None),
    "geosuspended": ("geosuspended", None),
    "followers": ("followers", None),
    "website": ("website", None),
    "nameUpdatedAt": ("name_updated_at", nullable(datetime.datetime.fromisoformat)),
    "descriptionUpdatedAt": ("description_updated_at", nullable(datetime.datetime.fromisoformat)),
    "image": ("image", ChatChannelImage.from_dict),
}
