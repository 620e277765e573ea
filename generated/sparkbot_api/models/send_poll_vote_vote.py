from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class SendPollVoteVote(ApiModel):
    """
    Attributes:
        poll (str): Poll Message ID.
        options (list[SendPollVoteVoteOptionsItem] | None)
    """

    poll: str
    options: list[SendPollVoteVoteOptionsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.send_poll_vote_vote_options_item import SendPollVoteVoteOptionsItem  # noqa: E402

SendPollVoteVote._api_fields = {
    "poll": ("poll", None),
    "options": ("options", each(SendPollVoteVoteOptionsItem.from_dict)),
}
