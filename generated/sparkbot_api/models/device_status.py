from ..types import ApiStrEnum


class DeviceStatus(ApiStrEnum):
    AUTHORIZED = "authorized"
    BANNED = "banned"
    DISABLED = "disabled"
    INVALID = "invalid"
    OPERATIVE = "operative"
    PENDING = "pending"
    PRELOAD = "preload"
    REMOVED = "removed"
    UNPAID = "unpaid"
    VERIFIED = "verified"
