from ..types import ApiStrEnum


class CampaignStatus(ApiStrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    PAUSED = "paused"
    PENDING = "pending"
    PROCESSING = "processing"
    STOPPED = "stopped"
