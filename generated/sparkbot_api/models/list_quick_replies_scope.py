from ..types import ApiStrEnum


class ListQuickRepliesScope(ApiStrEnum):
    CHAT = "chat"
    WA = "wa"
