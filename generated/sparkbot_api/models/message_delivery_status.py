from ..types import ApiStrEnum


class MessageDeliveryStatus(ApiStrEnum):
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    FAILED = "failed"
    PLAYED = "played"
    PROCESSING = "processing"
    QUEUED = "queued"
    READ = "read"
    READED = "readed"
    REVOKED = "revoked"
    SENT = "sent"
