from ..types import ApiStrEnum


class QueueStatusStatus(ApiStrEnum):
    ACTIVE = "active"
    FREEZE = "freeze"
    PAUSE = "pause"
    REJECT = "reject"
