from ..types import ApiStrEnum


class SearchMessagesSource(ApiStrEnum):
    API = "api"
    CHAT = "chat"
