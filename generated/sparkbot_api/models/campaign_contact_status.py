from ..types import ApiStrEnum


class CampaignContactStatus(ApiStrEnum):
    DELIVERED = "delivered"
    EXCLUDED = "excluded"
    FAILED = "failed"
    INVALID = "invalid"
    PENDING = "pending"
    PROCESSING = "processing"
    REMOVED = "removed"
