from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageLinkPreview")


@_attrs_define
class ChatMessageLinkPreview:
    """
    Attributes:
        thumbnail (str | None)
        title (str | None)
        description (str | None)
        canonical_url (str | None)
        matched_url (str | None)
    """

    thumbnail: str | None = None
    title: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    matched_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _thumbnail_value = UNSET if self.thumbnail is None else self.thumbnail
        thumbnail = _thumbnail_value
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _canonical_url_value = UNSET if self.canonical_url is None else self.canonical_url
        canonical_url = _canonical_url_value
        if canonical_url is not UNSET:
            field_dict["canonicalUrl"] = canonical_url

        _matched_url_value = UNSET if self.matched_url is None else self.matched_url
        matched_url = _matched_url_value
        if matched_url is not UNSET:
            field_dict["matchedUrl"] = matched_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thumbnail = d.pop("thumbnail", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        canonical_url = d.pop("canonicalUrl", UNSET)

        matched_url = d.pop("matchedUrl", UNSET)

        chat_message_link_preview = cls(
            thumbnail=None if isinstance(thumbnail, Unset) else thumbnail,
            title=None if isinstance(title, Unset) else title,
            description=None if isinstance(description, Unset) else description,
            canonical_url=None if isinstance(canonical_url, Unset) else canonical_url,
            matched_url=None if isinstance(matched_url, Unset) else matched_url,
        )

        chat_message_link_preview.additional_properties = d
        return chat_message_link_preview

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
