from ..types import ApiStrEnum


class GroupKind(ApiStrEnum):
    BROADCAST = "broadcast"
    CHANNEL = "channel"
    COMMUNITY = "community"
    CONTACT = "contact"
    GROUP = "group"
