from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageQuoted")


@_attrs_define
class ChatMessageQuoted:
    """Quoted message summary.

    Attributes:
        kind (str | Unset):
        wid (str | Unset):
        waba_id (str | Unset):
        from_ (str | Unset):
        from_name (str | Unset):
        title (str | Unset):
        footer (str | Unset):
        created_at (datetime.datetime | Unset):
        selected_id (str | Unset):
        body (str | Unset):
        reference (str | Unset):
        preview (str | Unset):
        preview_mime (str | Unset):
        preview_aspect_ratio (float | Unset):
    """

    kind: str | Unset = UNSET
    wid: str | Unset = UNSET
    waba_id: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_name: str | Unset = UNSET
    title: str | Unset = UNSET
    footer: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    selected_id: str | Unset = UNSET
    body: str | Unset = UNSET
    reference: str | Unset = UNSET
    preview: str | Unset = UNSET
    preview_mime: str | Unset = UNSET
    preview_aspect_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        wid = self.wid

        waba_id = self.waba_id

        from_ = self.from_

        from_name = self.from_name

        title = self.title

        footer = self.footer

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        selected_id = self.selected_id

        body = self.body

        reference = self.reference

        preview = self.preview

        preview_mime = self.preview_mime

        preview_aspect_ratio = self.preview_aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if wid is not UNSET:
            field_dict["wid"] = wid
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if title is not UNSET:
            field_dict["title"] = title
        if footer is not UNSET:
            field_dict["footer"] = footer
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if selected_id is not UNSET:
            field_dict["selectedId"] = selected_id
        if body is not UNSET:
            field_dict["body"] = body
        if reference is not UNSET:
            field_dict["reference"] = reference
        if preview is not UNSET:
            field_dict["preview"] = preview
        if preview_mime is not UNSET:
            field_dict["previewMime"] = preview_mime
        if preview_aspect_ratio is not UNSET:
            field_dict["previewAspectRatio"] = preview_aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        wid = d.pop("wid", UNSET)

        waba_id = d.pop("wabaId", UNSET)

        from_ = d.pop("from", UNSET)

        from_name = d.pop("fromName", UNSET)

        title = d.pop("title", UNSET)

        footer = d.pop("footer", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        selected_id = d.pop("selectedId", UNSET)

        body = d.pop("body", UNSET)

        reference = d.pop("reference", UNSET)

        preview = d.pop("preview", UNSET)

        preview_mime = d.pop("previewMime", UNSET)

        preview_aspect_ratio = d.pop("previewAspectRatio", UNSET)

        chat_message_quoted = cls(
            kind=kind,
            wid=wid,
            waba_id=waba_id,
            from_=from_,
            from_name=from_name,
            title=title,
            footer=footer,
            created_at=created_at,
            selected_id=selected_id,
            body=body,
            reference=reference,
            preview=preview,
            preview_mime=preview_mime,
            preview_aspect_ratio=preview_aspect_ratio,
        )

        chat_message_quoted.additional_properties = d
        return chat_message_quoted

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
