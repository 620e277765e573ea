from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatActionParams")


@_attrs_define
class ChatActionParams:
    """
    Attributes:
        agent (str | None): A team agent (user) id: 24 lower-case hex characters.
        labels (list[str] | None): Labels.
        keys (list[str] | None): Delete metadata.
        department (str | None): Department ID.
        metadata (list[ChatActionParamsMetadataItem] | None): Metadata.
    """

    agent: str | None = None
    labels: list[str] | None = None
    keys: list[str] | None = None
    department: str | None = None
    metadata: list[ChatActionParamsMetadataItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _agent_value = UNSET if self.agent is None else self.agent
        agent = _agent_value
        if agent is not UNSET:
            field_dict["agent"] = agent

        _labels_value = UNSET if self.labels is None else self.labels
        labels: list[str] | Unset = UNSET
        if not isinstance(_labels_value, Unset):
            labels = _labels_value

        if labels is not UNSET:
            field_dict["labels"] = labels

        _keys_value = UNSET if self.keys is None else self.keys
        keys: list[str] | Unset = UNSET
        if not isinstance(_keys_value, Unset):
            keys = _keys_value

        if keys is not UNSET:
            field_dict["keys"] = keys

        _department_value = UNSET if self.department is None else self.department
        department = _department_value
        if department is not UNSET:
            field_dict["department"] = department

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = []
            for metadata_item_data in _metadata_value:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

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

        try:
            _metadata = d.get("metadata", UNSET)
            metadata: list[ChatActionParamsMetadataItem] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = ChatActionParamsMetadataItem.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except LENIENT:
            metadata = UNSET
        else:
            d.pop("metadata", None)

        chat_action_params = cls(
            agent=None if isinstance(agent, Unset) else agent,
            labels=None if isinstance(labels, Unset) else labels,
            keys=None if isinstance(keys, Unset) else keys,
            department=None if isinstance(department, Unset) else department,
            metadata=None if isinstance(metadata, Unset) else metadata,
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
