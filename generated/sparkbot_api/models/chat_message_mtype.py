from ..types import ApiStrEnum


class ChatMessageMtype(ApiStrEnum):
    EVENT = "event"
    MESSAGE = "message"
    NOTE = "note"
    STATUS = "status"
