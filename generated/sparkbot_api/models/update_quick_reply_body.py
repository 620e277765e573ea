from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateQuickReplyBody(ApiModel):
    """
    Attributes:
        shortcut (str): Shortcut.
        message (str): Message.
        permission (Permission | None)
        file (bool | None): Include Media File.
        keywords (list[str] | None): Keywords.
        id (str | None): Quick Reply ID.
    """

    shortcut: str
    message: str
    permission: Permission | None = None
    file: bool | None = None
    keywords: list[str] | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateQuickReplyBody._api_fields = {
    "shortcut": ("shortcut", None),
    "message": ("message", None),
    "permission": ("permission", member(Permission)),
    "file": ("file", None),
    "keywords": ("keywords", None),
    "id": ("id", None),
}
