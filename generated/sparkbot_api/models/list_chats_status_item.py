from ..types import ApiStrEnum


class ListChatsStatusItem(ApiStrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    MUTED = "muted"
    PENDING = "pending"
    RESOLVED = "resolved"
