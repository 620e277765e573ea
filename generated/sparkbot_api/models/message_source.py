from ..types import ApiStrEnum


class MessageSource(ApiStrEnum):
    API = "api"
    CHAT = "chat"
