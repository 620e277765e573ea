from ..types import ApiStrEnum


class BulkChatAction(ApiStrEnum):
    ASSIGN = "assign"
    BLOCK = "block"
    LABELS = "labels"
    MUTE = "mute"
    PIN = "pin"
    READ = "read"
    RESOLVE = "resolve"
    UNASSIGN = "unassign"
    UNBLOCK = "unblock"
    UNMUTE = "unmute"
    UNPIN = "unpin"
    UNREAD = "unread"
    UNRESOLVE = "unresolve"
