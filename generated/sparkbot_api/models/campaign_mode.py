from ..types import ApiStrEnum


class CampaignMode(ApiStrEnum):
    MULTIPLE = "multiple"
    SINGLE = "single"
