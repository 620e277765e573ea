from ..types import ApiStrEnum


class ChatMessageFlow(ApiStrEnum):
    IN = "in"
    INBOUND = "inbound"
    OUT = "out"
    OUTBOUND = "outbound"
