from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """Chat contact.

    Attributes:
        wid (str): Contact WhatsApp ID.
        phone (str | Unset):
        country_code (int | Unset):
        name (str | Unset): Contact name provided by WhatsApp.
        short_name (str | Unset):
        display_name (str | Unset):
        formatted_name (str | Unset):
        formatted_short_name (str | Unset):
        group_id (str | Unset):
        channel_id (str | Unset):
        broadcast_id (str | Unset):
        created_at (datetime.datetime | Unset):
        synced_at (datetime.datetime | Unset):
        created_by (str | Unset): User ID.
        chat (ContactChat | Unset): Contact chat (free-form).
        stats (ContactStats | Unset):
        image (ContactImage | Unset):
        info (ContactInfo | Unset): CRM info edited by the team.
        subscription (ContactSubscription | Unset): Campaign subscription state.
        business_info (ContactBusinessInfo | Unset): WhatsApp Business profile of the contact.
        meta (ContactMeta | Unset):
        metadata (list[ContactMetadataItem] | Unset): Custom key/value metadata.
    """

    wid: str
    phone: str | Unset = UNSET
    country_code: int | Unset = UNSET
    name: str | Unset = UNSET
    short_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    formatted_name: str | Unset = UNSET
    formatted_short_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    broadcast_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    synced_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    chat: ContactChat | Unset = UNSET
    stats: ContactStats | Unset = UNSET
    image: ContactImage | Unset = UNSET
    info: ContactInfo | Unset = UNSET
    subscription: ContactSubscription | Unset = UNSET
    business_info: ContactBusinessInfo | Unset = UNSET
    meta: ContactMeta | Unset = UNSET
    metadata: list[ContactMetadataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        phone = self.phone

        country_code = self.country_code

        name = self.name

        short_name = self.short_name

        display_name = self.display_name

        formatted_name = self.formatted_name

        formatted_short_name = self.formatted_short_name

        group_id = self.group_id

        channel_id = self.channel_id

        broadcast_id = self.broadcast_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        synced_at: str | Unset = UNSET
        if not isinstance(self.synced_at, Unset):
            synced_at = self.synced_at.isoformat()

        created_by = self.created_by

        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_info, Unset):
            business_info = self.business_info.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wid": wid,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if formatted_name is not UNSET:
            field_dict["formattedName"] = formatted_name
        if formatted_short_name is not UNSET:
            field_dict["formattedShortName"] = formatted_short_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if broadcast_id is not UNSET:
            field_dict["broadcastId"] = broadcast_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if chat is not UNSET:
            field_dict["chat"] = chat
        if stats is not UNSET:
            field_dict["stats"] = stats
        if image is not UNSET:
            field_dict["image"] = image
        if info is not UNSET:
            field_dict["info"] = info
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if business_info is not UNSET:
            field_dict["businessInfo"] = business_info
        if meta is not UNSET:
            field_dict["meta"] = meta
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid")

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _synced_at = d.pop("syncedAt", UNSET)
        synced_at: datetime.datetime | Unset
        if isinstance(_synced_at, Unset):
            synced_at = UNSET
        else:
            synced_at = datetime.datetime.fromisoformat(_synced_at)

        created_by = d.pop("createdBy", UNSET)

        _chat = d.pop("chat", UNSET)
        chat: ContactChat | Unset
        if isinstance(_chat, Unset):
            chat = UNSET
        else:
            chat = ContactChat.from_dict(_chat)

        _stats = d.pop("stats", UNSET)
        stats: ContactStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ContactStats.from_dict(_stats)

        _image = d.pop("image", UNSET)
        image: ContactImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ContactImage.from_dict(_image)

        _info = d.pop("info", UNSET)
        info: ContactInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ContactInfo.from_dict(_info)

        _subscription = d.pop("subscription", UNSET)
        subscription: ContactSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = ContactSubscription.from_dict(_subscription)

        _business_info = d.pop("businessInfo", UNSET)
        business_info: ContactBusinessInfo | Unset
        if isinstance(_business_info, Unset):
            business_info = UNSET
        else:
            business_info = ContactBusinessInfo.from_dict(_business_info)

        _meta = d.pop("meta", UNSET)
        meta: ContactMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ContactMeta.from_dict(_meta)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[ContactMetadataItem] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = ContactMetadataItem.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        contact = cls(
            wid=wid,
            phone=phone,
            country_code=country_code,
            name=name,
            short_name=short_name,
            display_name=display_name,
            formatted_name=formatted_name,
            formatted_short_name=formatted_short_name,
            group_id=group_id,
            channel_id=channel_id,
            broadcast_id=broadcast_id,
            created_at=created_at,
            synced_at=synced_at,
            created_by=created_by,
            chat=chat,
            stats=stats,
            image=image,
            info=info,
            subscription=subscription,
            business_info=business_info,
            meta=meta,
            metadata=metadata,
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
from ..models.contact_image import ContactImage  # noqa: E402
from ..models.contact_info import ContactInfo  # noqa: E402
from ..models.contact_meta import ContactMeta  # noqa: E402
from ..models.contact_metadata_item import ContactMetadataItem  # noqa: E402
from ..models.contact_stats import ContactStats  # noqa: E402
from ..models.contact_subscription import ContactSubscription  # noqa: E402
