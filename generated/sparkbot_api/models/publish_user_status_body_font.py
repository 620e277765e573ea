from ..types import ApiStrEnum


class PublishUserStatusBodyFont(ApiStrEnum):
    HELVETICA = "helvetica"
    NORICAN = "norican"
    SERIF = "serif"
