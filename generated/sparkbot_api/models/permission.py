from ..types import ApiStrEnum


class Permission(ApiStrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    READONLY = "readonly"
