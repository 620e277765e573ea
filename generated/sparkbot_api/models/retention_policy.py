from ..types import ApiStrEnum


class RetentionPolicy(ApiStrEnum):
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
