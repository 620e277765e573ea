from ..types import ApiStrEnum


class MessageInclude(ApiStrEnum):
    AGENT = "agent"
    DEVICE = "device"
    EVENTS = "events"
