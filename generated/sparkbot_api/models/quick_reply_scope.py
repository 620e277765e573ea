from ..types import ApiStrEnum


class QuickReplyScope(ApiStrEnum):
    CHAT = "chat"
    WA = "wa"
