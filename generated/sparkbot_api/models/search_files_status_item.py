from ..types import ApiStrEnum


class SearchFilesStatusItem(ApiStrEnum):
    FAILED = "failed"
    PROCESSING = "processing"
    READY = "ready"
