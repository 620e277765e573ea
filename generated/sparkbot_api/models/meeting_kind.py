from ..types import ApiStrEnum


class MeetingKind(ApiStrEnum):
    VIDEO = "video"
    VOICE = "voice"
