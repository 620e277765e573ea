from ..types import ApiStrEnum


class PublishUserStatusBodyScheduleDelayTo(ApiStrEnum):
    VALUE_0 = "15m"
    VALUE_1 = "30m"
    VALUE_2 = "1h"
    VALUE_3 = "2h"
    VALUE_4 = "6h"
    VALUE_5 = "12h"
    VALUE_6 = "1d"
    VALUE_7 = "2d"
    VALUE_8 = "3d"
    VALUE_9 = "1w"
