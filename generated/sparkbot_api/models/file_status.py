from ..types import ApiStrEnum


class FileStatus(ApiStrEnum):
    ACTIVE = "active"
    BANNED = "banned"
    DISABLED = "disabled"
    EXPIRED = "expired"
    INVALID = "invalid"
    PROTECTED = "protected"
    REMOVED = "removed"
