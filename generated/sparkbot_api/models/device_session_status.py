from ..types import ApiStrEnum


class DeviceSessionStatus(ApiStrEnum):
    AUTHORIZE = "authorize"
    AUTHORIZING = "authorizing"
    BLOCKED = "blocked"
    CONFLICT = "conflict"
    ERROR = "error"
    LOADING = "loading"
    NEW = "new"
    OFFLINE = "offline"
    OFFLINEMODAL = "offline:modal"
    OFFLINEPANEL = "offline:panel"
    ONLINE = "online"
    TIMEOUT = "timeout"
    TIMEOUT_SYNC = "timeout_sync"
