from ..types import ApiStrEnum


class AckStatus(ApiStrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
    READ = "read"
    SENT = "sent"
