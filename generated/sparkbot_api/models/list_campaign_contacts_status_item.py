from ..types import ApiStrEnum


class ListCampaignContactsStatusItem(ApiStrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
