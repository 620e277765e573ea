from ..types import ApiStrEnum


class CampaignContactAck(ApiStrEnum):
    DELIVERED = "delivered"
    PENDING = "pending"
    READ = "read"
    SENT = "sent"
