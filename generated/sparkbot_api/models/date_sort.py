from ..types import ApiStrEnum


class DateSort(ApiStrEnum):
    DATEASC = "date:asc"
    DATEDESC = "date:desc"
