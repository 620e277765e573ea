from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_expiration import MeetingExpiration
from ..models.meeting_kind import MeetingKind
from ..types import ApiModel, compact_repr, member


@_attrs_define
class CreateMeetingLinkBody(ApiModel):
    """
    Attributes:
        kind (MeetingKind)
        message (str | None): Call Description.
        expiration (MeetingExpiration | None)
    """

    kind: MeetingKind
    message: str | None = None
    expiration: MeetingExpiration | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateMeetingLinkBody._api_fields = {
    "kind": ("kind", member(MeetingKind)),
    "message": ("message", None),
    "expiration": ("expiration", member(MeetingExpiration)),
}
