from ..types import ApiStrEnum


class UpdateCampaignStatusBodyAction(ApiStrEnum):
    START = "start"
    STOP = "stop"
