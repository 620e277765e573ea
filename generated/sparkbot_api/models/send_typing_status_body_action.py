from ..types import ApiStrEnum


class SendTypingStatusBodyAction(ApiStrEnum):
    RECORDING = "recording"
    STOP = "stop"
    TYPING = "typing"
