from ..types import ApiStrEnum


class MeetingExpiration(ApiStrEnum):
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
