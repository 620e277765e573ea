from ..types import ApiStrEnum


class ListChatFilesFlow(ApiStrEnum):
    IN = "in"
    OUT = "out"
