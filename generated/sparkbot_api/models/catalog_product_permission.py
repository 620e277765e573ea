from ..types import ApiStrEnum


class CatalogProductPermission(ApiStrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    READONLY = "readonly"
