from ..types import ApiStrEnum


class UpdateGroupBodyPermissionsInvite(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
