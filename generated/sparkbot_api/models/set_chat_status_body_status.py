from ..types import ApiStrEnum


class SetChatStatusBodyStatus(ApiStrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    PENDING = "pending"
    REMOVED = "removed"
    RESOLVED = "resolved"
