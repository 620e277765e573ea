from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="FileMeta")


@_attrs_define
class FileMeta:
    """
    Attributes:
        width (int | None)
        height (int | None)
        duration (float | None)
        codec (str | None)
    """

    width: int | None = None
    height: int | None = None
    duration: float | None = None
    codec: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        _codec_value = UNSET if self.codec is None else self.codec
        codec = _codec_value
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        duration = d.pop("duration", UNSET)

        codec = d.pop("codec", UNSET)

        file_meta = cls(
            width=None if isinstance(width, Unset) else width,
            height=None if isinstance(height, Unset) else height,
            duration=None if isinstance(duration, Unset) else duration,
            codec=None if isinstance(codec, Unset) else codec,
        )

        file_meta.additional_properties = d
        return file_meta

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
