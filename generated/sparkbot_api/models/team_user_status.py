from ..types import ApiStrEnum


class TeamUserStatus(ApiStrEnum):
    ACTIVE = "active"
    PENDING = "pending"
    SUSPENDED = "suspended"
