from ..types import ApiStrEnum


class MessageStatus(ApiStrEnum):
    DELIVERED = "delivered"
    EXPIRED = "expired"
    FAILED = "failed"
    INVALID = "invalid"
    PENDING = "pending"
    PROCESSED = "processed"
    PROCESSING = "processing"
    QUEUED = "queued"
    READ = "read"
    REMOVED = "removed"
    SENT = "sent"
