from ..types import ApiStrEnum


class FileOriginFilter(ApiStrEnum):
    REMOTE = "remote"
    UPLOAD = "upload"
