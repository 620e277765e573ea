from ..types import ApiStrEnum


class FilePermission(ApiStrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    READONLY = "readonly"
