from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatFileMeta")


@_attrs_define
class ChatFileMeta:
    """
    Attributes:
        has_preview (bool | Unset):
        width (int | Unset):
        height (int | Unset):
        duration (float | Unset):
        aspect_ratio (float | Unset):
        page_count (int | Unset):
    """

    has_preview: bool | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration: float | Unset = UNSET
    aspect_ratio: float | Unset = UNSET
    page_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        has_preview = self.has_preview

        width = self.width

        height = self.height

        duration = self.duration

        aspect_ratio = self.aspect_ratio

        page_count = self.page_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_preview is not UNSET:
            field_dict["hasPreview"] = has_preview
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_preview = d.pop("hasPreview", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        duration = d.pop("duration", UNSET)

        aspect_ratio = d.pop("aspectRatio", UNSET)

        page_count = d.pop("pageCount", UNSET)

        chat_file_meta = cls(
            has_preview=has_preview,
            width=width,
            height=height,
            duration=duration,
            aspect_ratio=aspect_ratio,
            page_count=page_count,
        )

        chat_file_meta.additional_properties = d
        return chat_file_meta

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
