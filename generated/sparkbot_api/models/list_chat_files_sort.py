from ..types import ApiStrEnum


class ListChatFilesSort(ApiStrEnum):
    DATEASC = "date:asc"
    DATEDESC = "date:desc"
    SIZEASC = "size:asc"
    SIZEDESC = "size:desc"
