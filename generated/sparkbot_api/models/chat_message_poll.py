from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessagePoll")


@_attrs_define
class ChatMessagePoll:
    """
    Attributes:
        name (str | None)
        last_vote_at (datetime.datetime | None)
        last_voter (str | None)
        count (int | None)
        participants (int | None)
        invalidated (bool | None)
        expired (bool | None)
        max_ (int | None)
    """

    name: str | None = None
    last_vote_at: datetime.datetime | None = None
    last_voter: str | None = None
    count: int | None = None
    participants: int | None = None
    invalidated: bool | None = None
    expired: bool | None = None
    max_: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name

        _last_vote_at_value = UNSET if self.last_vote_at is None else self.last_vote_at
        last_vote_at: None | str | Unset
        if isinstance(_last_vote_at_value, Unset):
            last_vote_at = UNSET
        elif isinstance(_last_vote_at_value, datetime.datetime):
            last_vote_at = api_datetime(_last_vote_at_value)
        else:
            last_vote_at = _last_vote_at_value
        if last_vote_at is not UNSET:
            field_dict["lastVoteAt"] = last_vote_at

        if self.last_voter is not None:
            field_dict["lastVoter"] = self.last_voter

        if self.count is not None:
            field_dict["count"] = self.count

        if self.participants is not None:
            field_dict["participants"] = self.participants

        if self.invalidated is not None:
            field_dict["invalidated"] = self.invalidated

        if self.expired is not None:
            field_dict["expired"] = self.expired

        if self.max_ is not None:
            field_dict["max"] = self.max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        try:

            def _parse_last_vote_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_vote_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_vote_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_vote_at = _parse_last_vote_at(d.get("lastVoteAt", UNSET))

        except LENIENT:
            last_vote_at = UNSET
        else:
            d.pop("lastVoteAt", None)

        last_voter = d.pop("lastVoter", UNSET)

        count = d.pop("count", UNSET)

        participants = d.pop("participants", UNSET)

        invalidated = d.pop("invalidated", UNSET)

        expired = d.pop("expired", UNSET)

        max_ = d.pop("max", UNSET)

        chat_message_poll = cls(
            name=None if isinstance(name, Unset) else name,
            last_vote_at=None if isinstance(last_vote_at, Unset) else last_vote_at,
            last_voter=None if isinstance(last_voter, Unset) else last_voter,
            count=None if isinstance(count, Unset) else count,
            participants=None if isinstance(participants, Unset) else participants,
            invalidated=None if isinstance(invalidated, Unset) else invalidated,
            expired=None if isinstance(expired, Unset) else expired,
            max_=None if isinstance(max_, Unset) else max_,
        )

        chat_message_poll.additional_properties = d
        return chat_message_poll

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
