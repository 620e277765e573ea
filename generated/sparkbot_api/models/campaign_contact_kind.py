from ..types import ApiStrEnum


class CampaignContactKind(ApiStrEnum):
    CHANNEL = "channel"
    GROUP = "group"
    USER = "user"
