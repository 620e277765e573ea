from ..types import ApiStrEnum


class GroupEphemeral(ApiStrEnum):
    OFF = "off"
    VALUE_1 = "24h"
    VALUE_2 = "7d"
    VALUE_3 = "90d"
