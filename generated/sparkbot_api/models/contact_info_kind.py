from ..types import ApiStrEnum


class ContactInfoKind(ApiStrEnum):
    BUSINESS = "business"
    PERSONAL = "personal"
