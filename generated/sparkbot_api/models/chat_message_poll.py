from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessagePoll")


@_attrs_define
class ChatMessagePoll:
    """
    Attributes:
        name (str | Unset):
        last_vote_at (datetime.datetime | Unset):
        last_voter (str | Unset):
        count (int | Unset):
        participants (int | Unset):
        invalidated (bool | Unset):
        expired (bool | Unset):
        max_ (int | Unset):
    """

    name: str | Unset = UNSET
    last_vote_at: datetime.datetime | Unset = UNSET
    last_voter: str | Unset = UNSET
    count: int | Unset = UNSET
    participants: int | Unset = UNSET
    invalidated: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    max_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        last_vote_at: str | Unset = UNSET
        if not isinstance(self.last_vote_at, Unset):
            last_vote_at = self.last_vote_at.isoformat()

        last_voter = self.last_voter

        count = self.count

        participants = self.participants

        invalidated = self.invalidated

        expired = self.expired

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if last_vote_at is not UNSET:
            field_dict["lastVoteAt"] = last_vote_at
        if last_voter is not UNSET:
            field_dict["lastVoter"] = last_voter
        if count is not UNSET:
            field_dict["count"] = count
        if participants is not UNSET:
            field_dict["participants"] = participants
        if invalidated is not UNSET:
            field_dict["invalidated"] = invalidated
        if expired is not UNSET:
            field_dict["expired"] = expired
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _last_vote_at = d.pop("lastVoteAt", UNSET)
        last_vote_at: datetime.datetime | Unset
        if isinstance(_last_vote_at, Unset):
            last_vote_at = UNSET
        else:
            last_vote_at = datetime.datetime.fromisoformat(_last_vote_at)

        last_voter = d.pop("lastVoter", UNSET)

        count = d.pop("count", UNSET)

        participants = d.pop("participants", UNSET)

        invalidated = d.pop("invalidated", UNSET)

        expired = d.pop("expired", UNSET)

        max_ = d.pop("max", UNSET)

        chat_message_poll = cls(
            name=name,
            last_vote_at=last_vote_at,
            last_voter=last_voter,
            count=count,
            participants=participants,
            invalidated=invalidated,
            expired=expired,
            max_=max_,
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
