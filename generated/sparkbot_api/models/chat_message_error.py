from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatMessageError(ApiModel):
    """Delivery error, if any.

    Attributes:
        date (datetime.datetime | None)
        code (int | None)
        title (str | None)
        message (str | None)
        href (str | None)
    """

    date: datetime.datetime | None = None
    code: int | None = None
    title: str | None = None
    message: str | None = None
    href: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageError._api_fields = {
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "code": ("code", None),
    "title": ("title", None),
    "message": ("message", None),
    "href": ("href", None),
}
