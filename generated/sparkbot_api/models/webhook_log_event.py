from ..types import ApiStrEnum


class WebhookLogEvent(ApiStrEnum):
    DELIVERY = "delivery"
    ERROR = "error"
