from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateChannelBody")


@_attrs_define
class CreateChannelBody:
    """
    Attributes:
        name (str): Channel Name.
        description (str | None): Description.
        image (CreateChannelBodyImage | None)
    """

    name: str
    description: str | None = None
    image: CreateChannelBodyImage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:  # a reply may lack even a required field
            name = self.name
            field_dict["name"] = name

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _image_value = UNSET if self.image is None else self.image
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(_image_value, Unset):
            image = _image_value.to_dict()
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        try:
            _image = d.get("image", UNSET)
            image: CreateChannelBodyImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = CreateChannelBodyImage.from_dict(_image)

        except LENIENT:
            image = UNSET
        else:
            d.pop("image", None)

        create_channel_body = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            image=None if isinstance(image, Unset) else image,
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
