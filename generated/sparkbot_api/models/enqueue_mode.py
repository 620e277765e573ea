from ..types import ApiStrEnum


class EnqueueMode(ApiStrEnum):
    ALWAYS = "always"
    NEVER = "never"
    OPPORTUNISTIC = "opportunistic"
