from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_font import PublishUserStatusBodyFont
from ..models.status_color import StatusColor
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PublishUserStatusBody")


@_attrs_define
class PublishUserStatusBody:
    """
    Attributes:
        message (str | Unset): Message.
        font (PublishUserStatusBodyFont | Unset): Font Style. API default: helvetica.
        color (StatusColor | Unset):
        reference (str | Unset): Reference.
        media (PublishUserStatusBodyMedia | Unset):
        schedule (PublishUserStatusBodySchedule | Unset):
    """

    message: str | Unset = UNSET
    font: PublishUserStatusBodyFont | Unset = UNSET
    color: StatusColor | Unset = UNSET
    reference: str | Unset = UNSET
    media: PublishUserStatusBodyMedia | Unset = UNSET
    schedule: PublishUserStatusBodySchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        font: str | Unset = UNSET
        if not isinstance(self.font, Unset):
            font = self.font.value

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        reference = self.reference

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if font is not UNSET:
            field_dict["font"] = font
        if color is not UNSET:
            field_dict["color"] = color
        if reference is not UNSET:
            field_dict["reference"] = reference
        if media is not UNSET:
            field_dict["media"] = media
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _font = d.pop("font", UNSET)
        font: PublishUserStatusBodyFont | Unset
        if isinstance(_font, Unset):
            font = UNSET
        else:
            font = PublishUserStatusBodyFont(_font)

        _color = d.pop("color", UNSET)
        color: StatusColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = StatusColor(_color)

        reference = d.pop("reference", UNSET)

        _media = d.pop("media", UNSET)
        media: PublishUserStatusBodyMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = PublishUserStatusBodyMedia.from_dict(_media)

        _schedule = d.pop("schedule", UNSET)
        schedule: PublishUserStatusBodySchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = PublishUserStatusBodySchedule.from_dict(_schedule)

        publish_user_status_body = cls(
            message=message,
            font=font,
            color=color,
            reference=reference,
            media=media,
            schedule=schedule,
        )

        publish_user_status_body.additional_properties = d
        return publish_user_status_body

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


from ..models.publish_user_status_body_media import PublishUserStatusBodyMedia  # noqa: E402
from ..models.publish_user_status_body_schedule import PublishUserStatusBodySchedule  # noqa: E402
