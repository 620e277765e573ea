from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_font import PublishUserStatusBodyFont
from ..models.status_color import StatusColor
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="PublishUserStatusBody")


@_attrs_define
class PublishUserStatusBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _font_value = UNSET if self.font is None else self.font
        font: str | Unset = UNSET
        if not isinstance(_font_value, Unset):
            font = _font_value.value

        if font is not UNSET:
            field_dict["font"] = font

        _color_value = UNSET if self.color is None else self.color
        color: str | Unset = UNSET
        if not isinstance(_color_value, Unset):
            color = _color_value.value

        if color is not UNSET:
            field_dict["color"] = color

        _reference_value = UNSET if self.reference is None else self.reference
        reference = _reference_value
        if reference is not UNSET:
            field_dict["reference"] = reference

        _media_value = UNSET if self.media is None else self.media
        media: dict[str, Any] | Unset = UNSET
        if not isinstance(_media_value, Unset):
            media = _media_value.to_dict()
        if media is not UNSET:
            field_dict["media"] = media

        _schedule_value = UNSET if self.schedule is None else self.schedule
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(_schedule_value, Unset):
            schedule = _schedule_value.to_dict()
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        try:
            _font = d.get("font", UNSET)
            font: PublishUserStatusBodyFont | Unset
            if isinstance(_font, Unset):
                font = UNSET
            else:
                font = PublishUserStatusBodyFont(_font)

        except LENIENT:
            font = UNSET
        else:
            d.pop("font", None)

        try:
            _color = d.get("color", UNSET)
            color: StatusColor | Unset
            if isinstance(_color, Unset):
                color = UNSET
            else:
                color = StatusColor(_color)

        except LENIENT:
            color = UNSET
        else:
            d.pop("color", None)

        reference = d.pop("reference", UNSET)

        try:
            _media = d.get("media", UNSET)
            media: PublishUserStatusBodyMedia | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = PublishUserStatusBodyMedia.from_dict(_media)

        except LENIENT:
            media = UNSET
        else:
            d.pop("media", None)

        try:
            _schedule = d.get("schedule", UNSET)
            schedule: PublishUserStatusBodySchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = PublishUserStatusBodySchedule.from_dict(_schedule)

        except LENIENT:
            schedule = UNSET
        else:
            d.pop("schedule", None)

        publish_user_status_body = cls(
            message=None if isinstance(message, Unset) else message,
            font=None if isinstance(font, Unset) else font,
            color=None if isinstance(color, Unset) else color,
            reference=None if isinstance(reference, Unset) else reference,
            media=None if isinstance(media, Unset) else media,
            schedule=None if isinstance(schedule, Unset) else schedule,
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
