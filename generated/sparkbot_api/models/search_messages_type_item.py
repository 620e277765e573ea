from ..types import ApiStrEnum


class SearchMessagesTypeItem(ApiStrEnum):
    AUDIO = "audio"
    BUTTONS = "buttons"
    CONTACT = "contact"
    DOCUMENT = "document"
    IMAGE = "image"
    LIST = "list"
    LOCATION = "location"
    TEMPLATE = "template"
    TEXT = "text"
    VIDEO = "video"
    VOICE = "voice"
