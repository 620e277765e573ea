from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendPollVoteVote")


@_attrs_define
class SendPollVoteVote:
    """
    Attributes:
        poll (str): Poll Message ID.
        options (list[SendPollVoteVoteOptionsItem] | None)
    """

    poll: str
    options: list[SendPollVoteVoteOptionsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.poll is not None:  # a reply may lack even a required field
            poll = self.poll
            field_dict["poll"] = poll

        _options_value = UNSET if self.options is None else self.options
        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_options_value, Unset):
            options = []
            for options_item_data in _options_value:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        poll = d.pop("poll", UNSET)

        try:
            _options = d.get("options", UNSET)
            options: list[SendPollVoteVoteOptionsItem] | Unset = UNSET
            if _options is not UNSET:
                options = []
                for options_item_data in _options:
                    options_item = SendPollVoteVoteOptionsItem.from_dict(options_item_data)

                    options.append(options_item)

        except LENIENT:
            options = UNSET
        else:
            d.pop("options", None)

        send_poll_vote_vote = cls(
            poll=cast(Any, None) if isinstance(poll, Unset) else poll,
            options=None if isinstance(options, Unset) else options,
        )

        send_poll_vote_vote.additional_properties = d
        return send_poll_vote_vote

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


from ..models.send_poll_vote_vote_options_item import SendPollVoteVoteOptionsItem  # noqa: E402
