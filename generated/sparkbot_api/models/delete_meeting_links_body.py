from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class DeleteMeetingLinksBody(ApiModel):
    """
    Attributes:
        ids (list[str] | None): Link IDs.
        urls (list[str] | None): Link URLs.
        created_before (datetime.datetime | None): Created Before.
        created_after (datetime.datetime | None): Created After.
        expires_before (datetime.datetime | None): Expires Before.
        expires_after (datetime.datetime | None): Expires After.
    """

    ids: list[str] | None = None
    urls: list[str] | None = None
    created_before: datetime.datetime | None = None
    created_after: datetime.datetime | None = None
    expires_before: datetime.datetime | None = None
    expires_after: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeleteMeetingLinksBody._api_fields = {
    "ids": ("ids", None),
    "urls": ("urls", None),
    "createdBefore": ("created_before", datetime.datetime.fromisoformat),
    "createdAfter": ("created_after", datetime.datetime.fromisoformat),
    "expiresBefore": ("expires_before", datetime.datetime.fromisoformat),
    "expiresAfter": ("expires_after", datetime.datetime.fromisoformat),
}
