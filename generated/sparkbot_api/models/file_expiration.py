from ..types import ApiStrEnum


class FileExpiration(ApiStrEnum):
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
