from ..types import ApiStrEnum


class RevokeDeviceAccessBodyAction(ApiStrEnum):
    REASSIGN = "reassign"
    RESOLVE = "resolve"
    UNASSIGN = "unassign"
