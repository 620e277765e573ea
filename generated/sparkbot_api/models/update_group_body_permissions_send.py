from ..types import ApiStrEnum


class UpdateGroupBodyPermissionsSend(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
