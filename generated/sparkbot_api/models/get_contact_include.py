from ..types import ApiStrEnum


class GetContactInclude(ApiStrEnum):
    CHAT = "chat"
