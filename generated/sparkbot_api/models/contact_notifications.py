from ..types import ApiStrEnum


class ContactNotifications(ApiStrEnum):
    IGNORE = "ignore"
    MUTE = "mute"
    ON = "on"
