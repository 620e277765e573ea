from ..types import ApiStrEnum


class ListContactsSort(ApiStrEnum):
    CREATEDATASC = "createdAt:asc"
    CREATEDATDESC = "createdAt:desc"
    NAMEASC = "name:asc"
    NAMEDESC = "name:desc"
    UPDATEDATASC = "updatedAt:asc"
    UPDATEDATDESC = "updatedAt:desc"
