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
        has_preview (bool | None)
        width (int | None)
        height (int | None)
        duration (float | None)
        aspect_ratio (float | None)
        page_count (int | None)
    """

    has_preview: bool | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    aspect_ratio: float | None = None
    page_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _has_preview_value = UNSET if self.has_preview is None else self.has_preview
        has_preview = _has_preview_value
        if has_preview is not UNSET:
            field_dict["hasPreview"] = has_preview

        _width_value = UNSET if self.width is None else self.width
        width = _width_value
        if width is not UNSET:
            field_dict["width"] = width

        _height_value = UNSET if self.height is None else self.height
        height = _height_value
        if height is not UNSET:
            field_dict["height"] = height

        _duration_value = UNSET if self.duration is None else self.duration
        duration = _duration_value
        if duration is not UNSET:
            field_dict["duration"] = duration

        _aspect_ratio_value = UNSET if self.aspect_ratio is None else self.aspect_ratio
        aspect_ratio = _aspect_ratio_value
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio

        _page_count_value = UNSET if self.page_count is None else self.page_count
        page_count = _page_count_value
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
            has_preview=None if isinstance(has_preview, Unset) else has_preview,
            width=None if isinstance(width, Unset) else width,
            height=None if isinstance(height, Unset) else height,
            duration=None if isinstance(duration, Unset) else duration,
            aspect_ratio=None if isinstance(aspect_ratio, Unset) else aspect_ratio,
            page_count=None if isinstance(page_count, Unset) else page_count,
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
