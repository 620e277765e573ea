from ..types import ApiStrEnum


class ChatType(ApiStrEnum):
    CHANNEL = "channel"
    CHAT = "chat"
    COMMUNITY = "community"
    GROUP = "group"
