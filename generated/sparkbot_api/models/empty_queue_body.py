from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class EmptyQueueBody(ApiModel):
    """
    Attributes:
        skip_scheduled (bool | None): Skip Scheduled Messages.
        ids (list[str] | None): Message IDs.
        phones (list[str] | None): Phone Numbers.
        groups (list[str] | None): Group/Broadcast IDs.
        before (datetime.datetime | None): Created Before.
        after (datetime.datetime | None): Created After.
    """

    skip_scheduled: bool | None = None
    ids: list[str] | None = None
    phones: list[str] | None = None
    groups: list[str] | None = None
    before: datetime.datetime | None = None
    after: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


EmptyQueueBody._api_fields = {
    "skipScheduled": ("skip_scheduled", None),
    "ids": ("ids", None),
    "phones": ("phones", None),
    "groups": ("groups", None),
    "before": ("before", datetime.datetime.fromisoformat),
    "after": ("after", datetime.datetime.fromisoformat),
}
