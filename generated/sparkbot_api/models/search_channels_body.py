from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_channels_body_category import SearchChannelsBodyCategory
from ..models.search_channels_body_countries_item import SearchChannelsBodyCountriesItem
from ..models.search_channels_body_sort import SearchChannelsBodySort
from ..models.search_channels_body_sort_field import SearchChannelsBodySortField
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class SearchChannelsBody(ApiModel):
    """
    Attributes:
        search (str | None): Search Query.
        limit (int | None): Results Limit. API default: 50.
        category (SearchChannelsBodyCategory | None): Category. API default: recommended.
        sort (SearchChannelsBodySort | None): Sort Order. API default: desc.
        sort_field (SearchChannelsBodySortField | None): Sort Field. API default: subscribers.
        countries (list[SearchChannelsBodyCountriesItem] | None): Countries.
    """

    search: str | None = None
    limit: int | None = None
    category: SearchChannelsBodyCategory | None = None
    sort: SearchChannelsBodySort | None = None
    sort_field: SearchChannelsBodySortField | None = None
    countries: list[SearchChannelsBodyCountriesItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SearchChannelsBody._api_fields = {
    "search": ("search", None),
    "limit": ("limit", None),
    "category": ("category", member(SearchChannelsBodyCategory)),
    "sort": ("sort", member(SearchChannelsBodySort)),
    "sortField": ("sort_field", member(SearchChannelsBodySortField)),
    "countries": ("countries", each(member(SearchChannelsBodyCountriesItem))),
}
