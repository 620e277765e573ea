from ..types import ApiStrEnum


class LabelScope(ApiStrEnum):
    CHAT = "chat"
    WA = "wa"
