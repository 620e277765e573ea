from ..types import ApiStrEnum


class CreateGroupBodyPermissionsEdit(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
