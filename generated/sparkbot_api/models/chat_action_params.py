from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class ChatActionParams(ApiModel):
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


from ..models.chat_action_params_metadata_item import ChatActionParamsMetadataItem  # noqa: E402

ChatActionParams._api_fields = {
    "agent": ("agent", None),
    "labels": ("labels", None),
    "keys": ("keys", None),
    "department": ("department", None),
    "metadata": ("metadata", each(ChatActionParamsMetadataItem.from_dict)),
}
