from ..types import ApiStrEnum


class FileFormat(ApiStrEnum):
    GIF = "gif"
    NATIVE = "native"
    PTT = "ptt"
