from ..types import ApiStrEnum


class ChatInclude(ApiStrEnum):
    MESSAGES = "messages"
    NOTES = "notes"
    PARTICIPANTS = "participants"
