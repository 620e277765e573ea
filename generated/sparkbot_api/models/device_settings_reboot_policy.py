from enum import StrEnum


class DeviceSettingsRebootPolicy(StrEnum):
    DISABLED = "disabled"
    VALUE_1 = "10m"
    VALUE_10 = "4h"
    VALUE_11 = "5h"
    VALUE_12 = "6h"
    VALUE_13 = "8h"
    VALUE_14 = "10h"
    VALUE_15 = "12h"
    VALUE_16 = "18h"
    VALUE_2 = "15m"
    VALUE_3 = "20m"
    VALUE_4 = "25m"
    VALUE_5 = "30m"
    VALUE_6 = "45m"
    VALUE_7 = "1h"
    VALUE_8 = "2h"
    VALUE_9 = "3h"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DeviceSettingsRebootPolicy | None":
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
