from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatFilePreview")


@_attrs_define
class ChatFilePreview:
    """
    Attributes:
        mime (str | None)
        width (int | None)
        height (int | None)
        image (str | None): Preview image (base64).
    """

    mime: str | None = None
    width: int | None = None
    height: int | None = None
    image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _mime_value = UNSET if self.mime is None else self.mime
        mime = _mime_value
        if mime is not UNSET:
            field_dict["mime"] = mime

        _width_value = UNSET if self.width is None else self.width
        width = _width_value
        if width is not UNSET:
            field_dict["width"] = width

        _height_value = UNSET if self.height is None else self.height
        height = _height_value
        if height is not UNSET:
            field_dict["height"] = height

        _image_value = UNSET if self.image is None else self.image
        image = _image_value
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mime = d.pop("mime", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        image = d.pop("image", UNSET)

        chat_file_preview = cls(
            mime=None if isinstance(mime, Unset) else mime,
            width=None if isinstance(width, Unset) else width,
            height=None if isinstance(height, Unset) else height,
            image=None if isinstance(image, Unset) else image,
        )

        chat_file_preview.additional_properties = d
        return chat_file_preview

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
