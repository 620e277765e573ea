from ..types import ApiStrEnum


class DeleteTeamMembersBodyUsersItemAction(ApiStrEnum):
    REASSIGN = "reassign"
    RESOLVE = "resolve"
    UNASSIGN = "unassign"
