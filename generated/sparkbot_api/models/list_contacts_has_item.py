from ..types import ApiStrEnum


class ListContactsHasItem(ApiStrEnum):
    CHAT = "chat"
    EMAIL = "email"
