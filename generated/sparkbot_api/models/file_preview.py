from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="FilePreview")


@_attrs_define
class FilePreview:
    """
    Attributes:
        width (int | Unset):
        height (int | Unset):
        mime (str | Unset):
        size (int | Unset):
        image (str | Unset):
    """

    width: int | Unset = UNSET
    height: int | Unset = UNSET
    mime: str | Unset = UNSET
    size: int | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        mime = self.mime

        size = self.size

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if mime is not UNSET:
            field_dict["mime"] = mime
        if size is not UNSET:
            field_dict["size"] = size
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        mime = d.pop("mime", UNSET)

        size = d.pop("size", UNSET)

        image = d.pop("image", UNSET)

        file_preview = cls(
            width=width,
            height=height,
            mime=mime,
            size=size,
            image=image,
        )

        file_preview.additional_properties = d
        return file_preview

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
