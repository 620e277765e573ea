from ..types import ApiStrEnum


class SearchMessagesTarget(ApiStrEnum):
    CHANNEL = "channel"
    GROUP = "group"
    USER = "user"
