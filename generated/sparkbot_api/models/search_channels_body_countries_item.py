from ..types import ApiStrEnum


class SearchChannelsBodyCountriesItem(ApiStrEnum):
    ES = "ES"
    MX = "MX"
