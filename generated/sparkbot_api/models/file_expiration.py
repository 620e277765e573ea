from enum import StrEnum


class FileExpiration(StrEnum):
    VALUE_0 = "10m"
    VALUE_1 = "30m"
    VALUE_10 = "15d"
    VALUE_11 = "30d"
    VALUE_12 = "60d"
    VALUE_13 = "90d"
    VALUE_14 = "120d"
    VALUE_15 = "180d"
    VALUE_16 = "1y"
    VALUE_17 = "2y"
    VALUE_2 = "1h"
    VALUE_3 = "6h"
    VALUE_4 = "12h"
    VALUE_5 = "1d"
    VALUE_6 = "2d"
    VALUE_7 = "3d"
    VALUE_8 = "5d"
    VALUE_9 = "7d"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FileExpiration | None":
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
