from ..types import ApiStrEnum


class ChatActionAction(ApiStrEnum):
    CHATASSIGN = "chat:assign"
    CHATASSIGNDEPARTMENT = "chat:assign:department"
    CHATREAD = "chat:read"
    CHATRESOLVE = "chat:resolve"
    CHATUNASSIGN = "chat:unassign"
    CHATUNREAD = "chat:unread"
    CHATUNRESOLVE = "chat:unresolve"
    LABELSADD = "labels:add"
    LABELSREMOVE = "labels:remove"
    LABELSSET = "labels:set"
    METADATAADD = "metadata:add"
    METADATAREMOVE = "metadata:remove"
    METADATASET = "metadata:set"
