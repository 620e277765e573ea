from ..types import ApiStrEnum


class ChatMessageMetaSource(ApiStrEnum):
    ANDROID = "android"
    API = "api"
    AUTOREPLY = "autoreply"
    CHAT = "chat"
    DESKTOP = "desktop"
    IOS = "ios"
    WEB = "web"
