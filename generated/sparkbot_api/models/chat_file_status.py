from ..types import ApiStrEnum


class ChatFileStatus(ApiStrEnum):
    AVAILABLE = "available"
    BANNED = "banned"
    EXPIRED = "expired"
    FAILED = "failed"
    FETCHING = "fetching"
    INVALID = "invalid"
    NEW = "new"
    REMOVED = "removed"
    UNAVAILABLE = "unavailable"
    UNSUPPORTED = "unsupported"
