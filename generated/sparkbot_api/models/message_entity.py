from ..types import ApiStrEnum


class MessageEntity(ApiStrEnum):
    MESSAGE = "message"
    STATUS = "status"
