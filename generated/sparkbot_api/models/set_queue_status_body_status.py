from ..types import ApiStrEnum


class SetQueueStatusBodyStatus(ApiStrEnum):
    ACTIVE = "active"
    FREEZE = "freeze"
    PAUSE = "pause"
    REJECT = "reject"
