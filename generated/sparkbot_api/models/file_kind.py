from ..types import ApiStrEnum


class FileKind(ApiStrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    FILE = "file"
    IMAGE = "image"
    VIDEO = "video"
