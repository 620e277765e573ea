from ..types import ApiStrEnum


class ChatMessageMediaStatus(ApiStrEnum):
    AVAILABLE = "available"
    BANNED = "banned"
    EXPIRED = "expired"
    FAILED = "failed"
    INVALID = "invalid"
    NEW = "new"
    REMOVED = "removed"
    UNAVAILABLE = "unavailable"
    UNSUPPORTED = "unsupported"
