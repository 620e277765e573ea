from ..types import ApiStrEnum


class SearchChannelsBodyCategory(ApiStrEnum):
    FEATURED = "featured"
    NEW = "new"
    POPULAR = "popular"
    RECOMMENDED = "recommended"
    TRENDING = "trending"
