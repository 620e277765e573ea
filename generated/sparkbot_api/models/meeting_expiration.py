from enum import StrEnum


class MeetingExpiration(StrEnum):
    VALUE_0 = "1h"
    VALUE_1 = "2h"
    VALUE_10 = "7d"
    VALUE_11 = "15d"
    VALUE_12 = "30d"
    VALUE_2 = "8h"
    VALUE_3 = "12h"
    VALUE_4 = "24h"
    VALUE_5 = "2d"
    VALUE_6 = "3d"
    VALUE_7 = "4d"
    VALUE_8 = "5d"
    VALUE_9 = "6d"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MeetingExpiration | None":
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
