from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """Chat contact.

    Attributes:
        wid (str): Contact WhatsApp ID.
        phone (str | None)
        country_code (int | None)
        name (str | None): Contact name provided by WhatsApp.
        short_name (str | None)
        display_name (str | None)
        formatted_name (str | None)
        formatted_short_name (str | None)
        group_id (str | None)
        channel_id (str | None)
        broadcast_id (str | None)
        created_at (datetime.datetime | None)
        synced_at (datetime.datetime | None)
        created_by (ContactCreatedByType1 | str | None): User ID: an id, or the document itself.
        chat (ContactChat | None): Contact chat (free-form).
        stats (ContactStats | None)
        image (ContactImage | None)
        info (ContactInfo | None): CRM info edited by the team.
        subscription (ContactSubscription | None): Campaign subscription state.
        business_info (ContactBusinessInfo | None): WhatsApp Business profile of the contact.
        meta (ContactMeta | None)
        metadata (list[ContactMetadataItem] | None): Custom key/value metadata.
    """

    wid: str
    phone: str | None = None
    country_code: int | None = None
    name: str | None = None
    short_name: str | None = None
    display_name: str | None = None
    formatted_name: str | None = None
    formatted_short_name: str | None = None
    group_id: str | None = None
    channel_id: str | None = None
    broadcast_id: str | None = None
    created_at: datetime.datetime | None = None
    synced_at: datetime.datetime | None = None
    created_by: ContactCreatedByType1 | str | None = None
    chat: ContactChat | None = None
    stats: ContactStats | None = None
    image: ContactImage | None = None
    info: ContactInfo | None = None
    subscription: ContactSubscription | None = None
    business_info: ContactBusinessInfo | None = None
    meta: ContactMeta | None = None
    metadata: list[ContactMetadataItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.country_code is not None:
            field_dict["countryCode"] = self.country_code

        if self.name is not None:
            field_dict["name"] = self.name

        if self.short_name is not None:
            field_dict["shortName"] = self.short_name

        if self.display_name is not None:
            field_dict["displayName"] = self.display_name

        if self.formatted_name is not None:
            field_dict["formattedName"] = self.formatted_name

        if self.formatted_short_name is not None:
            field_dict["formattedShortName"] = self.formatted_short_name

        if self.group_id is not None:
            field_dict["groupId"] = self.group_id

        if self.channel_id is not None:
            field_dict["channelId"] = self.channel_id

        if self.broadcast_id is not None:
            field_dict["broadcastId"] = self.broadcast_id

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _synced_at_value = UNSET if self.synced_at is None else self.synced_at
        synced_at: None | str | Unset
        if isinstance(_synced_at_value, Unset):
            synced_at = UNSET
        elif isinstance(_synced_at_value, datetime.datetime):
            synced_at = api_datetime(_synced_at_value)
        else:
            synced_at = _synced_at_value
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        _created_by_value = UNSET if self.created_by is None else self.created_by
        created_by: dict[str, Any] | str | Unset
        if isinstance(_created_by_value, Unset):
            created_by = UNSET
        elif isinstance(_created_by_value, ContactCreatedByType1):
            created_by = _created_by_value.to_dict()
        else:
            created_by = _created_by_value
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        _chat_value = UNSET if self.chat is None else self.chat
        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(_chat_value, Unset):
            chat = _chat_value.to_dict()
        if chat is not UNSET:
            field_dict["chat"] = chat

        _stats_value = UNSET if self.stats is None else self.stats
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(_stats_value, Unset):
            stats = _stats_value.to_dict()
        if stats is not UNSET:
            field_dict["stats"] = stats

        _image_value = UNSET if self.image is None else self.image
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(_image_value, Unset):
            image = _image_value.to_dict()
        if image is not UNSET:
            field_dict["image"] = image

        _info_value = UNSET if self.info is None else self.info
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(_info_value, Unset):
            info = _info_value.to_dict()
        if info is not UNSET:
            field_dict["info"] = info

        _subscription_value = UNSET if self.subscription is None else self.subscription
        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(_subscription_value, Unset):
            subscription = _subscription_value.to_dict()
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        _business_info_value = UNSET if self.business_info is None else self.business_info
        business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_business_info_value, Unset):
            business_info = _business_info_value.to_dict()
        if business_info is not UNSET:
            field_dict["businessInfo"] = business_info

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = []
            for metadata_item_data in _metadata_value:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        phone = d.pop("phone", UNSET)

        country_code = d.pop("countryCode", UNSET)

        name = d.pop("name", UNSET)

        short_name = d.pop("shortName", UNSET)

        display_name = d.pop("displayName", UNSET)

        formatted_name = d.pop("formattedName", UNSET)

        formatted_short_name = d.pop("formattedShortName", UNSET)

        group_id = d.pop("groupId", UNSET)

        channel_id = d.pop("channelId", UNSET)

        broadcast_id = d.pop("broadcastId", UNSET)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:

            def _parse_synced_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    synced_at_type_0 = datetime.datetime.fromisoformat(data)

                    return synced_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            synced_at = _parse_synced_at(d.get("syncedAt", UNSET))

        except LENIENT:
            synced_at = UNSET
        else:
            d.pop("syncedAt", None)

        try:

            def _parse_created_by(data: object) -> ContactCreatedByType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    created_by_type_1 = ContactCreatedByType1.from_dict(data)

                    return created_by_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ContactCreatedByType1 | str | Unset, data)

            created_by = _parse_created_by(d.get("createdBy", UNSET))

        except LENIENT:
            created_by = UNSET
        else:
            d.pop("createdBy", None)

        try:
            _chat = d.get("chat", UNSET)
            chat: ContactChat | Unset
            if isinstance(_chat, Unset):
                chat = UNSET
            else:
                chat = ContactChat.from_dict(_chat)

        except LENIENT:
            chat = UNSET
        else:
            d.pop("chat", None)

        try:
            _stats = d.get("stats", UNSET)
            stats: ContactStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = ContactStats.from_dict(_stats)

        except LENIENT:
            stats = UNSET
        else:
            d.pop("stats", None)

        try:
            _image = d.get("image", UNSET)
            image: ContactImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = ContactImage.from_dict(_image)

        except LENIENT:
            image = UNSET
        else:
            d.pop("image", None)

        try:
            _info = d.get("info", UNSET)
            info: ContactInfo | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = ContactInfo.from_dict(_info)

        except LENIENT:
            info = UNSET
        else:
            d.pop("info", None)

        try:
            _subscription = d.get("subscription", UNSET)
            subscription: ContactSubscription | Unset
            if isinstance(_subscription, Unset):
                subscription = UNSET
            else:
                subscription = ContactSubscription.from_dict(_subscription)

        except LENIENT:
            subscription = UNSET
        else:
            d.pop("subscription", None)

        try:
            _business_info = d.get("businessInfo", UNSET)
            business_info: ContactBusinessInfo | Unset
            if isinstance(_business_info, Unset):
                business_info = UNSET
            else:
                business_info = ContactBusinessInfo.from_dict(_business_info)

        except LENIENT:
            business_info = UNSET
        else:
            d.pop("businessInfo", None)

        try:
            _meta = d.get("meta", UNSET)
            meta: ContactMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ContactMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        try:
            _metadata = d.get("metadata", UNSET)
            metadata: list[ContactMetadataItem] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = ContactMetadataItem.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except LENIENT:
            metadata = UNSET
        else:
            d.pop("metadata", None)

        contact = cls(
            wid=cast(Any, None) if isinstance(wid, Unset) else wid,
            phone=None if isinstance(phone, Unset) else phone,
            country_code=None if isinstance(country_code, Unset) else country_code,
            name=None if isinstance(name, Unset) else name,
            short_name=None if isinstance(short_name, Unset) else short_name,
            display_name=None if isinstance(display_name, Unset) else display_name,
            formatted_name=None if isinstance(formatted_name, Unset) else formatted_name,
            formatted_short_name=None if isinstance(formatted_short_name, Unset) else formatted_short_name,
            group_id=None if isinstance(group_id, Unset) else group_id,
            channel_id=None if isinstance(channel_id, Unset) else channel_id,
            broadcast_id=None if isinstance(broadcast_id, Unset) else broadcast_id,
            created_at=None if isinstance(created_at, Unset) else created_at,
            synced_at=None if isinstance(synced_at, Unset) else synced_at,
            created_by=None if isinstance(created_by, Unset) else created_by,
            chat=None if isinstance(chat, Unset) else chat,
            stats=None if isinstance(stats, Unset) else stats,
            image=None if isinstance(image, Unset) else image,
            info=None if isinstance(info, Unset) else info,
            subscription=None if isinstance(subscription, Unset) else subscription,
            business_info=None if isinstance(business_info, Unset) else business_info,
            meta=None if isinstance(meta, Unset) else meta,
            metadata=None if isinstance(metadata, Unset) else metadata,
        )

        contact.additional_properties = d
        return contact

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


from ..models.contact_business_info import ContactBusinessInfo  # noqa: E402
from ..models.contact_chat import ContactChat  # noqa: E402
from ..models.contact_created_by_type_1 import ContactCreatedByType1  # noqa: E402
from ..models.contact_image import ContactImage  # noqa: E402
from ..models.contact_info import ContactInfo  # noqa: E402
from ..models.contact_meta import ContactMeta  # noqa: E402
from ..models.contact_metadata_item import ContactMetadataItem  # noqa: E402
from ..models.contact_stats import ContactStats  # noqa: E402
from ..models.contact_subscription import ContactSubscription  # noqa: E402
