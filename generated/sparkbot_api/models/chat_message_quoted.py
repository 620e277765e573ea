from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatMessageQuoted(ApiModel):
    """Quoted message summary.

    Attributes:
        kind (str | None)
        wid (str | None)
        waba_id (str | None)
        from_ (str | None)
        from_name (str | None)
        title (str | None)
        footer (str | None)
        created_at (datetime.datetime | None)
        selected_id (str | None)
        body (str | None)
        reference (str | None)
        preview (str | None)
        preview_mime (str | None)
        preview_aspect_ratio (float | None)
    """

    kind: str | None = None
    wid: str | None = None
    waba_id: str | None = None
    from_: str | None = None
    from_name: str | None = None
    title: str | None = None
    footer: str | None = None
    created_at: datetime.datetime | None = None
    selected_id: str | None = None
    body: str | None = None
    reference: str | None = None
    preview: str | None = None
    preview_mime: str | None = None
    preview_aspect_ratio: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageQuoted._api_fields = {
    "kind": ("kind", None),
    "wid": ("wid", None),
    "wabaId": ("waba_id", None),
    "from": ("from_", None),
    "fromName": ("from_name", None),
    "title": ("title", None),
    "footer": ("footer", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "selectedId": ("selected_id", None),
    "body": ("body", None),
    "reference": ("reference", None),
    "preview": ("preview", None),
    "previewMime": ("preview_mime", None),
    "previewAspectRatio": ("preview_aspect_ratio", None),
}
