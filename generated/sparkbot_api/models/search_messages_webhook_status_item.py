from ..types import ApiStrEnum


class SearchMessagesWebhookStatusItem(ApiStrEnum):
    FAILED = "failed"
    PENDING = "pending"
    SUCCESS = "success"
