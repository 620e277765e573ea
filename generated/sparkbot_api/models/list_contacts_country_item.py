from ..types import ApiStrEnum


class ListContactsCountryItem(ApiStrEnum):
    ES = "ES"
    MX = "MX"
