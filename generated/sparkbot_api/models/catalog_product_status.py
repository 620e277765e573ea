from ..types import ApiStrEnum


class CatalogProductStatus(ApiStrEnum):
    ACTIVE = "active"
    REMOVED = "removed"
