from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class UpdateGroupParticipantsBody(ApiModel):
    """
    Attributes:
        participants (list[UpdateGroupParticipantsBodyParticipantsItem] | None)
    """

    participants: list[UpdateGroupParticipantsBodyParticipantsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.update_group_participants_body_participants_item import UpdateGroupParticipantsBodyParticipantsItem  # noqa: E402

UpdateGroupParticipantsBody._api_fields = {
    "participants": ("participants", each(UpdateGroupParticipantsBodyParticipantsItem.from_dict)),
}
