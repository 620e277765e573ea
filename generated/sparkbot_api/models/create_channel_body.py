from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateChannelBody")


@_attrs_define
class CreateChannelBody:
    """
    Attributes:
        name (str): Channel Name.
        description (str | Unset): Description.
        image (CreateChannelBodyImage | Unset):
    """

    name: str
    description: str | Unset = UNSET
    image: CreateChannelBodyImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _image = d.pop("image", UNSET)
        image: CreateChannelBodyImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CreateChannelBodyImage.from_dict(_image)

        create_channel_body = cls(
            name=name,
            description=description,
            image=image,
        )

        create_channel_body.additional_properties = d
        return create_channel_body

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


from ..models.create_channel_body_image import CreateChannelBodyImage  # noqa: E402
