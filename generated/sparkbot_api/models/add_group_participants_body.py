from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class AddGroupParticipantsBody(ApiModel):
    """
    Attributes:
        participants (list[AddGroupParticipantsBodyParticipantsItem] | None)
    """

    participants: list[AddGroupParticipantsBodyParticipantsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.add_group_participants_body_participants_item import AddGroupParticipantsBodyParticipantsItem  # noqa: E402

AddGroupParticipantsBody._api_fields = {
    "participants": ("participants", each(AddGroupParticipantsBodyParticipantsItem.from_dict)),
}
