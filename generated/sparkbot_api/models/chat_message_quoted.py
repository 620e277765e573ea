from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

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
        _kind_value = UNSET if self.kind is None else self.kind
        kind = _kind_value
        if kind is not UNSET:
            field_dict["kind"] = kind

        _wid_value = UNSET if self.wid is None else self.wid
        wid = _wid_value
        if wid is not UNSET:
            field_dict["wid"] = wid

        _waba_id_value = UNSET if self.waba_id is None else self.waba_id
        waba_id = _waba_id_value
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id

        _from__value = UNSET if self.from_ is None else self.from_
        from_ = _from__value
        if from_ is not UNSET:
            field_dict["from"] = from_

        _from_name_value = UNSET if self.from_name is None else self.from_name
        from_name = _from_name_value
        if from_name is not UNSET:
            field_dict["fromName"] = from_name

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        _footer_value = UNSET if self.footer is None else self.footer
        footer = _footer_value
        if footer is not UNSET:
            field_dict["footer"] = footer

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = _created_at_value.isoformat()
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _selected_id_value = UNSET if self.selected_id is None else self.selected_id
        selected_id = _selected_id_value
        if selected_id is not UNSET:
            field_dict["selectedId"] = selected_id

        _body_value = UNSET if self.body is None else self.body
        body = _body_value
        if body is not UNSET:
            field_dict["body"] = body

        _reference_value = UNSET if self.reference is None else self.reference
        reference = _reference_value
        if reference is not UNSET:
            field_dict["reference"] = reference

        _preview_value = UNSET if self.preview is None else self.preview
        preview = _preview_value
        if preview is not UNSET:
            field_dict["preview"] = preview

        _preview_mime_value = UNSET if self.preview_mime is None else self.preview_mime
        preview_mime = _preview_mime_value
        if preview_mime is not UNSET:
            field_dict["previewMime"] = preview_mime

        _preview_aspect_ratio_value = UNSET if self.preview_aspect_ratio is None else self.preview_aspect_ratio
        preview_aspect_ratio = _preview_aspect_ratio_value
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
