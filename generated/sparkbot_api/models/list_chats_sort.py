from enum import StrEnum


class ListChatsSort(StrEnum):
    DATEASC = "date:asc"
    DATEDESC = "date:desc"
    LASTMESSAGEATASC = "lastMessageAt:asc"
    LASTMESSAGEATDESC = "lastMessageAt:desc"
    NAMEASC = "name:asc"
    NAMEDESC = "name:desc"
    UNREADCOUNTDESC = "unreadCount:desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListChatsSort | None":
        # A value the spec does not list yet must not fail the whole response: keep the raw value in a
        # pseudo-member (cached, so equal values give the same object). Its name is a _sunder_ name,
        # which Enum reserves, so it cannot clash with a real member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "_UNKNOWN_"
        member._value_ = value
        cached = cls._value2member_map_.setdefault(value, member)
        return cached if isinstance(cached, cls) else member
