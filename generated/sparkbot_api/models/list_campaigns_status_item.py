from ..types import ApiStrEnum


class ListCampaignsStatusItem(ApiStrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    PAUSED = "paused"
    PENDING = "pending"
    PROCESSING = "processing"
    STOPPED = "stopped"
