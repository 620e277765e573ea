from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

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
        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _last_vote_at_value = UNSET if self.last_vote_at is None else self.last_vote_at
        last_vote_at: None | str | Unset
        if isinstance(_last_vote_at_value, Unset):
            last_vote_at = UNSET
        elif isinstance(_last_vote_at_value, datetime.datetime):
            last_vote_at = _last_vote_at_value.isoformat()
        else:
            last_vote_at = _last_vote_at_value
        if last_vote_at is not UNSET:
            field_dict["lastVoteAt"] = last_vote_at

        _last_voter_value = UNSET if self.last_voter is None else self.last_voter
        last_voter = _last_voter_value
        if last_voter is not UNSET:
            field_dict["lastVoter"] = last_voter

        _count_value = UNSET if self.count is None else self.count
        count = _count_value
        if count is not UNSET:
            field_dict["count"] = count

        _participants_value = UNSET if self.participants is None else self.participants
        participants = _participants_value
        if participants is not UNSET:
            field_dict["participants"] = participants

        _invalidated_value = UNSET if self.invalidated is None else self.invalidated
        invalidated = _invalidated_value
        if invalidated is not UNSET:
            field_dict["invalidated"] = invalidated

        _expired_value = UNSET if self.expired is None else self.expired
        expired = _expired_value
        if expired is not UNSET:
            field_dict["expired"] = expired

        _max__value = UNSET if self.max_ is None else self.max_
        max_ = _max__value
        if max_ is not UNSET:
            field_dict["max"] = max_

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
