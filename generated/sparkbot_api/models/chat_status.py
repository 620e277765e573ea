from ..types import ApiStrEnum


class ChatStatus(ApiStrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    BANNED = "banned"
    MUTED = "muted"
    PENDING = "pending"
    REMOVED = "removed"
    RESOLVED = "resolved"
