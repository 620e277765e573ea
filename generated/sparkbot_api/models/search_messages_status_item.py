from ..types import ApiStrEnum


class SearchMessagesStatusItem(ApiStrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    READ = "read"
    SENT = "sent"
