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
        mime (str | Unset):
        width (int | Unset):
        height (int | Unset):
        image (ChatFilePreviewImage | Unset): Preview image (free-form).
    """

    mime: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    image: ChatFilePreviewImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        mime = self.mime

        width = self.width

        height = self.height

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mime is not UNSET:
            field_dict["mime"] = mime
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mime = d.pop("mime", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _image = d.pop("image", UNSET)
        image: ChatFilePreviewImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ChatFilePreviewImage.from_dict(_image)

        chat_file_preview = cls(
            mime=mime,
            width=width,
            height=height,
            image=image,
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


from ..models.chat_file_preview_image import ChatFilePreviewImage  # noqa: E402
