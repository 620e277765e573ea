from ..types import ApiStrEnum


class DeviceLogLevel(ApiStrEnum):
    ALERT = "alert"
    DEBUG = "debug"
    ERROR = "error"
    INFO = "info"
    INTERNAL = "internal"
    NOTIFY = "notify"
    STANDARD = "standard"
    WARNING = "warning"
