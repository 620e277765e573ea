from ..types import ApiStrEnum


class ListChatParticipantsInclude(ApiStrEnum):
    CONTACT = "contact"
