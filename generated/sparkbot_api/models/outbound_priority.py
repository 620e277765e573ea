from ..types import ApiStrEnum


class OutboundPriority(ApiStrEnum):
    HIGH = "high"
    LOW = "low"
    NORMAL = "normal"
    URGENT = "urgent"
