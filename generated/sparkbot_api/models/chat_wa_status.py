from ..types import ApiStrEnum


class ChatWaStatus(ApiStrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    BANNED = "banned"
    INVALID = "invalid"
    REMOVED = "removed"
