from ..types import ApiStrEnum


class TeamUserRole(ApiStrEnum):
    ADMIN = "admin"
    AGENT = "agent"
    SUPERVISOR = "supervisor"
