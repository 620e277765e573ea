from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_font import PublishUserStatusBodyFont
from ..models.status_color import StatusColor
from ..types import ApiModel, compact_repr, member


@_attrs_define
class PublishUserStatusBody(ApiModel):
    """
    Attributes:
        message (str | None): Message.
        font (PublishUserStatusBodyFont | None): Font Style. API default: helvetica.
        color (StatusColor | None)
        reference (str | None): Reference.
        media (PublishUserStatusBodyMedia | None)
        schedule (PublishUserStatusBodySchedule | None)
    """

    message: str | None = None
    font: PublishUserStatusBodyFont | None = None
    color: StatusColor | None = None
    reference: str | None = None
    media: PublishUserStatusBodyMedia | None = None
    schedule: PublishUserStatusBodySchedule | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.publish_user_status_body_media import PublishUserStatusBodyMedia  # noqa: E402
from ..models.publish_user_status_body_schedule import PublishUserStatusBodySchedule  # noqa: E402

PublishUserStatusBody._api_fields = {
    "message": ("message", None),
    "font": ("font", member(PublishUserStatusBodyFont)),
    "color": ("color", member(StatusColor)),
    "reference": ("reference", None),
    "media": ("media", PublishUserStatusBodyMedia.from_dict),
    "schedule": ("schedule", PublishUserStatusBodySchedule.from_dict),
}
