from ..types import ApiStrEnum


class ContactKind(ApiStrEnum):
    BUSINESS = "business"
    PERSONAL = "personal"
