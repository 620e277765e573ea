from ..types import ApiStrEnum


class FileOrigin(ApiStrEnum):
    CATALOG = "catalog"
    REMOTE = "remote"
    UPLOAD = "upload"
