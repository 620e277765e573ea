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
        thumbnail (str | Unset):
        title (str | Unset):
        description (str | Unset):
        canonical_url (str | Unset):
        matched_url (str | Unset):
    """

    thumbnail: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    canonical_url: str | Unset = UNSET
    matched_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        thumbnail = self.thumbnail

        title = self.title

        description = self.description

        canonical_url = self.canonical_url

        matched_url = self.matched_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if canonical_url is not UNSET:
            field_dict["canonicalUrl"] = canonical_url
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
            thumbnail=thumbnail,
            title=title,
            description=description,
            canonical_url=canonical_url,
            matched_url=matched_url,
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
