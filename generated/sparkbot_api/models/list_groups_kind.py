from ..types import ApiStrEnum


class ListGroupsKind(ApiStrEnum):
    BROADCAST = "broadcast"
    GROUP = "group"
