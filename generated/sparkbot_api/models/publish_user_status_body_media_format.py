from ..types import ApiStrEnum


class PublishUserStatusBodyMediaFormat(ApiStrEnum):
    GIF = "gif"
    NATIVE = "native"
    PTT = "ptt"
