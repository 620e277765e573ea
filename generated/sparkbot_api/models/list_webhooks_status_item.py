from enum import StrEnum


class ListWebhooksStatusItem(StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    ERROR = "error"
    FAILED = "failed"
    PENDING = "pending"
    REMOVED = "removed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListWebhooksStatusItem | None":
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
