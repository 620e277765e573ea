from ..types import ApiStrEnum


class SendEventMessageEventCall(ApiStrEnum):
    NONE = "none"
    VIDEO = "video"
    VOICE = "voice"
