from ..types import ApiStrEnum


class MessageMediaFormat(ApiStrEnum):
    GIF = "gif"
    NATIVE = "native"
    PTT = "ptt"
