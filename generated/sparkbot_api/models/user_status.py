from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus:
    """WhatsApp status (story) post (shape inferred, not documented).

    Attributes:
        id (str | None)
        wid (str | None)
        kind (str | None)
        flow (str | None)
        ack (str | None)
        status (str | None)
        message (str | None)
        font (str | None)
        color (str | None)
        reference (str | None)
        date (datetime.datetime | None)
        created_at (datetime.datetime | None)
        deliver_at (datetime.datetime | None)
        media (UserStatusMedia | None): Attached media (free-form).
    """

    id: str | None = None
    wid: str | None = None
    kind: str | None = None
    flow: str | None = None
    ack: str | None = None
    status: str | None = None
    message: str | None = None
    font: str | None = None
    color: str | None = None
    reference: str | None = None
    date: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    deliver_at: datetime.datetime | None = None
    media: UserStatusMedia | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.kind is not None:
            field_dict["kind"] = self.kind

        if self.flow is not None:
            field_dict["flow"] = self.flow

        if self.ack is not None:
            field_dict["ack"] = self.ack

        if self.status is not None:
            field_dict["status"] = self.status

        if self.message is not None:
            field_dict["message"] = self.message

        if self.font is not None:
            field_dict["font"] = self.font

        if self.color is not None:
            field_dict["color"] = self.color

        if self.reference is not None:
            field_dict["reference"] = self.reference

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

        _deliver_at_value = UNSET if self.deliver_at is None else self.deliver_at
        deliver_at: None | str | Unset
        if isinstance(_deliver_at_value, Unset):
            deliver_at = UNSET
        elif isinstance(_deliver_at_value, datetime.datetime):
            deliver_at = api_datetime(_deliver_at_value)
        else:
            deliver_at = _deliver_at_value
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at

        _media_value = UNSET if self.media is None else self.media
        media: dict[str, Any] | Unset = UNSET
        if not isinstance(_media_value, Unset):
            media = _media_value.to_dict()
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        kind = d.pop("kind", UNSET)

        flow = d.pop("flow", UNSET)

        ack = d.pop("ack", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        font = d.pop("font", UNSET)

        color = d.pop("color", UNSET)

        reference = d.pop("reference", UNSET)

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

        try:

            def _parse_deliver_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deliver_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deliver_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            deliver_at = _parse_deliver_at(d.get("deliverAt", UNSET))

        except LENIENT:
            deliver_at = UNSET
        else:
            d.pop("deliverAt", None)

        try:
            _media = d.get("media", UNSET)
            media: UserStatusMedia | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = UserStatusMedia.from_dict(_media)

        except LENIENT:
            media = UNSET
        else:
            d.pop("media", None)

        user_status = cls(
            id=None if isinstance(id, Unset) else id,
            wid=None if isinstance(wid, Unset) else wid,
            kind=None if isinstance(kind, Unset) else kind,
            flow=None if isinstance(flow, Unset) else flow,
            ack=None if isinstance(ack, Unset) else ack,
            status=None if isinstance(status, Unset) else status,
            message=None if isinstance(message, Unset) else message,
            font=None if isinstance(font, Unset) else font,
            color=None if isinstance(color, Unset) else color,
            reference=None if isinstance(reference, Unset) else reference,
            date=None if isinstance(date, Unset) else date,
            created_at=None if isinstance(created_at, Unset) else created_at,
            deliver_at=None if isinstance(deliver_at, Unset) else deliver_at,
            media=None if isinstance(media, Unset) else media,
        )

        user_status.additional_properties = d
        return user_status

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


from ..models.user_status_media import UserStatusMedia  # noqa: E402
