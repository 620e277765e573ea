from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessageQuoted")


@_attrs_define
class ChatMessageQuoted:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.kind is not None:
            field_dict["kind"] = self.kind

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.waba_id is not None:
            field_dict["wabaId"] = self.waba_id

        if self.from_ is not None:
            field_dict["from"] = self.from_

        if self.from_name is not None:
            field_dict["fromName"] = self.from_name

        if self.title is not None:
            field_dict["title"] = self.title

        if self.footer is not None:
            field_dict["footer"] = self.footer

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        if self.selected_id is not None:
            field_dict["selectedId"] = self.selected_id

        if self.body is not None:
            field_dict["body"] = self.body

        if self.reference is not None:
            field_dict["reference"] = self.reference

        if self.preview is not None:
            field_dict["preview"] = self.preview

        if self.preview_mime is not None:
            field_dict["previewMime"] = self.preview_mime

        if self.preview_aspect_ratio is not None:
            field_dict["previewAspectRatio"] = self.preview_aspect_ratio

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

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        selected_id = d.pop("selectedId", UNSET)

        body = d.pop("body", UNSET)

        reference = d.pop("reference", UNSET)

        preview = d.pop("preview", UNSET)

        preview_mime = d.pop("previewMime", UNSET)

        preview_aspect_ratio = d.pop("previewAspectRatio", UNSET)

        chat_message_quoted = cls(
            kind=None if isinstance(kind, Unset) else kind,
            wid=None if isinstance(wid, Unset) else wid,
            waba_id=None if isinstance(waba_id, Unset) else waba_id,
            from_=None if isinstance(from_, Unset) else from_,
            from_name=None if isinstance(from_name, Unset) else from_name,
            title=None if isinstance(title, Unset) else title,
            footer=None if isinstance(footer, Unset) else footer,
            created_at=None if isinstance(created_at, Unset) else created_at,
            selected_id=None if isinstance(selected_id, Unset) else selected_id,
            body=None if isinstance(body, Unset) else body,
            reference=None if isinstance(reference, Unset) else reference,
            preview=None if isinstance(preview, Unset) else preview,
            preview_mime=None if isinstance(preview_mime, Unset) else preview_mime,
            preview_aspect_ratio=None if isinstance(preview_aspect_ratio, Unset) else preview_aspect_ratio,
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
