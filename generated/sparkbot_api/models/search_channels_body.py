from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_channels_body_category import SearchChannelsBodyCategory
from ..models.search_channels_body_countries_item import SearchChannelsBodyCountriesItem
from ..models.search_channels_body_sort import SearchChannelsBodySort
from ..models.search_channels_body_sort_field import SearchChannelsBodySortField
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SearchChannelsBody")


@_attrs_define
class SearchChannelsBody:
    """
    Attributes:
        search (str | Unset): Search Query.
        limit (int | Unset): Results Limit. API default: 50.
        category (SearchChannelsBodyCategory | Unset): Category. API default: recommended.
        sort (SearchChannelsBodySort | Unset): Sort Order. API default: desc.
        sort_field (SearchChannelsBodySortField | Unset): Sort Field. API default: subscribers.
        countries (list[SearchChannelsBodyCountriesItem] | Unset): Countries.
    """

    search: str | Unset = UNSET
    limit: int | Unset = UNSET
    category: SearchChannelsBodyCategory | Unset = UNSET
    sort: SearchChannelsBodySort | Unset = UNSET
    sort_field: SearchChannelsBodySortField | Unset = UNSET
    countries: list[SearchChannelsBodyCountriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        search = self.search

        limit = self.limit

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value

        sort_field: str | Unset = UNSET
        if not isinstance(self.sort_field, Unset):
            sort_field = self.sort_field.value

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.value
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if limit is not UNSET:
            field_dict["limit"] = limit
        if category is not UNSET:
            field_dict["category"] = category
        if sort is not UNSET:
            field_dict["sort"] = sort
        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search = d.pop("search", UNSET)

        limit = d.pop("limit", UNSET)

        _category = d.pop("category", UNSET)
        category: SearchChannelsBodyCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SearchChannelsBodyCategory(_category)

        _sort = d.pop("sort", UNSET)
        sort: SearchChannelsBodySort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = SearchChannelsBodySort(_sort)

        _sort_field = d.pop("sortField", UNSET)
        sort_field: SearchChannelsBodySortField | Unset
        if isinstance(_sort_field, Unset):
            sort_field = UNSET
        else:
            sort_field = SearchChannelsBodySortField(_sort_field)

        _countries = d.pop("countries", UNSET)
        countries: list[SearchChannelsBodyCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = SearchChannelsBodyCountriesItem(countries_item_data)

                countries.append(countries_item)

        search_channels_body = cls(
            search=search,
            limit=limit,
            category=category,
            sort=sort,
            sort_field=sort_field,
            countries=countries,
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
