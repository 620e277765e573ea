from ..types import ApiStrEnum


class SearchChannelsBodySort(ApiStrEnum):
    ASC = "asc"
    DESC = "desc"
