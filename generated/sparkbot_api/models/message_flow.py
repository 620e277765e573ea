from ..types import ApiStrEnum


class MessageFlow(ApiStrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
