from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class SendPollMessagePoll(ApiModel):
    """
    Attributes:
        name (str): Poll Question.
        options (list[str] | None): Option.
    """

    name: str
    options: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SendPollMessagePoll._api_fields = {
    "name": ("name", None),
    "options": ("options", None),
}
