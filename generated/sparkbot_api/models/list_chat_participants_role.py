from ..types import ApiStrEnum


class ListChatParticipantsRole(ApiStrEnum):
    ADMIN = "admin"
    OWNER = "owner"
    PARTICIPANT = "participant"
