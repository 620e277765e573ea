from ..types import ApiStrEnum


class MessageWebhookStatus(ApiStrEnum):
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    FAILED = "failed"
    IGNORED = "ignored"
    INVALID = "invalid"
    NOTIFIED = "notified"
    PENDING = "pending"
    REMOVED = "removed"
