from ..types import ApiStrEnum


class CatalogProductScope(ApiStrEnum):
    CHAT = "chat"
    WA = "wa"
