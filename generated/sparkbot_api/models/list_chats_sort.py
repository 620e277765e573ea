from ..types import ApiStrEnum


class ListChatsSort(ApiStrEnum):
    DATEASC = "date:asc"
    DATEDESC = "date:desc"
    LASTMESSAGEATASC = "lastMessageAt:asc"
    LASTMESSAGEATDESC = "lastMessageAt:desc"
    NAMEASC = "name:asc"
    NAMEDESC = "name:desc"
    UNREADCOUNTDESC = "unreadCount:desc"
