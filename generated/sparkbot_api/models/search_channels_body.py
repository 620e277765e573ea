from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_channels_body_category import SearchChannelsBodyCategory
from ..models.search_channels_body_countries_item import SearchChannelsBodyCountriesItem
from ..models.search_channels_body_sort import SearchChannelsBodySort
from ..models.search_channels_body_sort_field import SearchChannelsBodySortField
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="SearchChannelsBody")


@_attrs_define
class SearchChannelsBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _search_value = UNSET if self.search is None else self.search
        search = _search_value
        if search is not UNSET:
            field_dict["search"] = search

        _limit_value = UNSET if self.limit is None else self.limit
        limit = _limit_value
        if limit is not UNSET:
            field_dict["limit"] = limit

        _category_value = UNSET if self.category is None else self.category
        category: str | Unset = UNSET
        if not isinstance(_category_value, Unset):
            category = _category_value.value

        if category is not UNSET:
            field_dict["category"] = category

        _sort_value = UNSET if self.sort is None else self.sort
        sort: str | Unset = UNSET
        if not isinstance(_sort_value, Unset):
            sort = _sort_value.value

        if sort is not UNSET:
            field_dict["sort"] = sort

        _sort_field_value = UNSET if self.sort_field is None else self.sort_field
        sort_field: str | Unset = UNSET
        if not isinstance(_sort_field_value, Unset):
            sort_field = _sort_field_value.value

        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field

        _countries_value = UNSET if self.countries is None else self.countries
        countries: list[str] | Unset = UNSET
        if not isinstance(_countries_value, Unset):
            countries = []
            for countries_item_data in _countries_value:
                countries_item = countries_item_data.value
                countries.append(countries_item)

        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search = d.pop("search", UNSET)

        limit = d.pop("limit", UNSET)

        try:
            _category = d.get("category", UNSET)
            category: SearchChannelsBodyCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = SearchChannelsBodyCategory(_category)

        except LENIENT:
            category = UNSET
        else:
            d.pop("category", None)

        try:
            _sort = d.get("sort", UNSET)
            sort: SearchChannelsBodySort | Unset
            if isinstance(_sort, Unset):
                sort = UNSET
            else:
                sort = SearchChannelsBodySort(_sort)

        except LENIENT:
            sort = UNSET
        else:
            d.pop("sort", None)

        try:
            _sort_field = d.get("sortField", UNSET)
            sort_field: SearchChannelsBodySortField | Unset
            if isinstance(_sort_field, Unset):
                sort_field = UNSET
            else:
                sort_field = SearchChannelsBodySortField(_sort_field)

        except LENIENT:
            sort_field = UNSET
        else:
            d.pop("sortField", None)

        try:
            _countries = d.get("countries", UNSET)
            countries: list[SearchChannelsBodyCountriesItem] | Unset = UNSET
            if _countries is not UNSET:
                countries = []
                for countries_item_data in _countries:
                    countries_item = SearchChannelsBodyCountriesItem(countries_item_data)

                    countries.append(countries_item)

        except LENIENT:
            countries = UNSET
        else:
            d.pop("countries", None)

        search_channels_body = cls(
            search=None if isinstance(search, Unset) else search,
            limit=None if isinstance(limit, Unset) else limit,
            category=None if isinstance(category, Unset) else category,
            sort=None if isinstance(sort, Unset) else sort,
            sort_field=None if isinstance(sort_field, Unset) else sort_field,
            countries=None if isinstance(countries, Unset) else countries,
        )

        search_channels_body.additional_properties = d
        return search_channels_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
