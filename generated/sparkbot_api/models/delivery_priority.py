from ..types import ApiStrEnum


class DeliveryPriority(ApiStrEnum):
    HIGH = "high"
    LOW = "low"
    NORMAL = "normal"
