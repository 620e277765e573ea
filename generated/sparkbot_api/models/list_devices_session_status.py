from ..types import ApiStrEnum


class ListDevicesSessionStatus(ApiStrEnum):
    AUTHORIZE = "authorize"
    ERROR = "error"
    OFFLINE = "offline"
    ONLINE = "online"
    TIMEOUT = "timeout"
