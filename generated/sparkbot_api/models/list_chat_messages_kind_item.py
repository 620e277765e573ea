from ..types import ApiStrEnum


class ListChatMessagesKindItem(ApiStrEnum):
    AUDIO = "audio"
    CONTACT = "contact"
    DOCUMENT = "document"
    IMAGE = "image"
    LOCATION = "location"
    SYSTEM = "system"
    TEXT = "text"
    VIDEO = "video"
    VOICE = "voice"
