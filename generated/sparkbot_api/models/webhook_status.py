from ..types import ApiStrEnum


class WebhookStatus(ApiStrEnum):
    ACTIVE = "active"
    ERROR = "error"
    FAILED = "failed"
    PENDING = "pending"
    REMOVED = "removed"
