from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class CreateChannelBody(ApiModel):
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


from ..models.create_channel_body_image import CreateChannelBodyImage  # noqa: E402

CreateChannelBody._api_fields = {
    "name": ("name", None),
    "description": ("description", None),
    "image": ("image", CreateChannelBodyImage.from_dict),
}
