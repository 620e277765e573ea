from ..types import ApiStrEnum


class SearchChannelsBodySortField(ApiStrEnum):
    CREATION_TIME = "creation_time"
    SUBSCRIBERS = "subscribers"
