from ..types import ApiStrEnum


class WebhookLogObjectType(ApiStrEnum):
    DEVICE = "device"
    MESSAGE = "message"
