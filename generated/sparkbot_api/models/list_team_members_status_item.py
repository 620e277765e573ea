from ..types import ApiStrEnum


class ListTeamMembersStatusItem(ApiStrEnum):
    ACTIVE = "active"
    PENDING = "pending"
    SUSPENDED = "suspended"
