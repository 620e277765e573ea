from ..types import ApiStrEnum


class ListContactsTypeItem(ApiStrEnum):
    BUSINESS = "business"
    CHANNEL = "channel"
    GROUP = "group"
    PERSONAL = "personal"
    PRIVATE = "private"
    USER = "user"
