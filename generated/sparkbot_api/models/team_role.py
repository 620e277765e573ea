from ..types import ApiStrEnum


class TeamRole(ApiStrEnum):
    ADMIN = "admin"
    AGENT = "agent"
    SUPERVISOR = "supervisor"
