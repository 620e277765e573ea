from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_ephemeral import GroupEphemeral
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateGroupBody")


@_attrs_define
class CreateGroupBody:
    """
    Attributes:
        name (str): Group Name.
        description (str | None): Description.
        permissions (CreateGroupBodyPermissions | None)
        ephemeral (GroupEphemeral | None)
        participants (list[GroupParticipantInput | str] | None)
    """

    name: str
    description: str | None = None
    permissions: CreateGroupBodyPermissions | None = None
    ephemeral: GroupEphemeral | None = None
    participants: list[GroupParticipantInput | str] | None = None
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

        _permissions_value = UNSET if self.permissions is None else self.permissions
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(_permissions_value, Unset):
            permissions = _permissions_value.to_dict()
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        _ephemeral_value = UNSET if self.ephemeral is None else self.ephemeral
        ephemeral: str | Unset = UNSET
        if not isinstance(_ephemeral_value, Unset):
            ephemeral = _ephemeral_value.value

        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral

        _participants_value = UNSET if self.participants is None else self.participants
        participants: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(_participants_value, Unset):
            participants = []
            for participants_item_data in _participants_value:
                participants_item: dict[str, Any] | str
                if isinstance(participants_item_data, GroupParticipantInput):
                    participants_item = participants_item_data.to_dict()
                else:
                    participants_item = participants_item_data
                participants.append(participants_item)

        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        try:
            _permissions = d.get("permissions", UNSET)
            permissions: CreateGroupBodyPermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = CreateGroupBodyPermissions.from_dict(_permissions)

        except LENIENT:
            permissions = UNSET
        else:
            d.pop("permissions", None)

        try:
            _ephemeral = d.get("ephemeral", UNSET)
            ephemeral: GroupEphemeral | Unset
            if isinstance(_ephemeral, Unset):
                ephemeral = UNSET
            else:
                ephemeral = GroupEphemeral(_ephemeral)

        except LENIENT:
            ephemeral = UNSET
        else:
            d.pop("ephemeral", None)

        try:
            _participants = d.get("participants", UNSET)
            participants: list[GroupParticipantInput | str] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:

                    def _parse_participants_item(data: object) -> GroupParticipantInput | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            participants_item_type_1 = GroupParticipantInput.from_dict(data)

                            return participants_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(GroupParticipantInput | str, data)

                    participants_item = _parse_participants_item(participants_item_data)

                    participants.append(participants_item)

        except LENIENT:
            participants = UNSET
        else:
            d.pop("participants", None)

        create_group_body = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            permissions=None if isinstance(permissions, Unset) else permissions,
            ephemeral=None if isinstance(ephemeral, Unset) else ephemeral,
            participants=None if isinstance(participants, Unset) else participants,
        )

        create_group_body.additional_properties = d
        return create_group_body

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


from ..models.create_group_body_permissions import CreateGroupBodyPermissions  # noqa: E402
from ..models.group_participant_input import GroupParticipantInput  # noqa: E402
