from ..types import ApiStrEnum


class DeviceSettingsRebootPolicy(ApiStrEnum):
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
