from ..types import ApiStrEnum


class ListDevicesStatus(ApiStrEnum):
    DISABLED = "disabled"
    OPERATIVE = "operative"
    PENDING = "pending"
    REMOVED = "removed"
