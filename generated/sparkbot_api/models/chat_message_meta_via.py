from ..types import ApiStrEnum


class ChatMessageMetaVia(ApiStrEnum):
    APP = "app"
    PLATFORM = "platform"
    REMOTE = "remote"
