from ..types import ApiStrEnum


class ChatMessageAck(ApiStrEnum):
    DELIVERED = "delivered"
    ERROR = "error"
    FAILED = "failed"
    PENDING = "pending"
    PLAYED = "played"
    READ = "read"
    SENT = "sent"
