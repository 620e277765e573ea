from ..types import ApiStrEnum


class CreateGroupBodyPermissionsInvite(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
