from ..types import ApiStrEnum


class GetDeviceExclude(ApiStrEnum):
    PROFILE = "profile"
    QUEUE = "queue"
    SESSION = "session"
    STATS = "stats"
