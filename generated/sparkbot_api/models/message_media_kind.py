from ..types import ApiStrEnum


class MessageMediaKind(ApiStrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    IMAGE = "image"
    VIDEO = "video"
