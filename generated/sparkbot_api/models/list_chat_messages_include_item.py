from ..types import ApiStrEnum


class ListChatMessagesIncludeItem(ApiStrEnum):
    CHAT = "chat"
    CONTACT = "contact"
    MEDIA = "media"
