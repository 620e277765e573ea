from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessageError")


@_attrs_define
class ChatMessageError:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        if self.code is not None:
            field_dict["code"] = self.code

        if self.title is not None:
            field_dict["title"] = self.title

        if self.message is not None:
            field_dict["message"] = self.message

        if self.href is not None:
            field_dict["href"] = self.href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        href = d.pop("href", UNSET)

        chat_message_error = cls(
            date=None if isinstance(date, Unset) else date,
            code=None if isinstance(code, Unset) else code,
            title=None if isinstance(title, Unset) else title,
            message=None if isinstance(message, Unset) else message,
            href=None if isinstance(href, Unset) else href,
        )

        chat_message_error.additional_properties = d
        return chat_message_error

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
