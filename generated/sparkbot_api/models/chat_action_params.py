from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatActionParams")


@_attrs_define
class ChatActionParams:
    """
    Attributes:
        agent (str | Unset): A team agent (user) id: 24 lower-case hex characters.
        labels (list[str] | Unset): Labels.
        keys (list[str] | Unset): Delete metadata.
        department (str | Unset): Department ID.
        metadata (list[ChatActionParamsMetadataItem] | Unset): Metadata.
    """

    agent: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    keys: list[str] | Unset = UNSET
    department: str | Unset = UNSET
    metadata: list[ChatActionParamsMetadataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        keys: list[str] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        department = self.department

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if labels is not UNSET:
            field_dict["labels"] = labels
        if keys is not UNSET:
            field_dict["keys"] = keys
        if department is not UNSET:
            field_dict["department"] = department
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = d.pop("agent", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        keys = cast(list[str], d.pop("keys", UNSET))

        department = d.pop("department", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[ChatActionParamsMetadataItem] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = ChatActionParamsMetadataItem.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        chat_action_params = cls(
            agent=agent,
            labels=labels,
            keys=keys,
            department=department,
            metadata=metadata,
        )

        chat_action_params.additional_properties = d
        return chat_action_params

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


from ..models.chat_action_params_metadata_item import ChatActionParamsMetadataItem  # noqa: E402
