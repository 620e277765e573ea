from ..types import ApiStrEnum


class MeetingLinkKind(ApiStrEnum):
    VIDEO = "video"
    VOICE = "voice"
