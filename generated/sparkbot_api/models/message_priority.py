from ..types import ApiStrEnum


class MessagePriority(ApiStrEnum):
    HIGH = "high"
    LOW = "low"
    NORMAL = "normal"
    URGENT = "urgent"
