from ..types import ApiStrEnum


class ListWebhooksStatusItem(ApiStrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    ERROR = "error"
    FAILED = "failed"
    PENDING = "pending"
    REMOVED = "removed"
