from ..types import ApiStrEnum


class ListContactsIncludeItem(ApiStrEnum):
    CHAT = "chat"
