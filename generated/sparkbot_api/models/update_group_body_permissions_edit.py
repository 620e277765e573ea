from ..types import ApiStrEnum


class UpdateGroupBodyPermissionsEdit(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
