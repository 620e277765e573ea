from ..types import ApiStrEnum


class ListCampaignContactsKindItem(ApiStrEnum):
    GROUP = "group"
    PHONE = "phone"
