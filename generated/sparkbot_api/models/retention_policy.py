from enum import StrEnum


class RetentionPolicy(StrEnum):
    NEVER = "never"
    PLAN_DEFAULTS = "plan_defaults"
    VALUE_10 = "4d"
    VALUE_11 = "5d"
    VALUE_12 = "6d"
    VALUE_13 = "7d"
    VALUE_14 = "10d"
    VALUE_2 = "5m"
    VALUE_3 = "15m"
    VALUE_4 = "30m"
    VALUE_5 = "1h"
    VALUE_6 = "12h"
    VALUE_7 = "24h"
    VALUE_8 = "2d"
    VALUE_9 = "3d"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RetentionPolicy | None":
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
