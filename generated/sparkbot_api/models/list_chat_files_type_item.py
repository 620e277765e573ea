from ..types import ApiStrEnum


class ListChatFilesTypeItem(ApiStrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    IMAGE = "image"
    PTT = "ptt"
    STICKER = "sticker"
    VIDEO = "video"
