from ..types import ApiStrEnum


class CreateGroupBodyPermissionsSend(ApiStrEnum):
    ADMINS = "admins"
    ALL = "all"
