from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each, either, nullable


@_attrs_define
class Contact(ApiModel):
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


from ..models.contact_business_info import ContactBusinessInfo  # noqa: E402
from ..models.contact_chat import ContactChat  # noqa: E402
from ..models.contact_created_by_type_1 import ContactCreatedByType1  # noqa: E402
from ..models.contact_image import ContactImage  # noqa: E402
from ..models.contact_info import ContactInfo  # noqa: E402
from ..models.contact_meta import ContactMeta  # noqa: E402
from ..models.contact_metadata_item import ContactMetadataItem  # noqa: E402
from ..models.contact_stats import ContactStats  # noqa: E402
from ..models.contact_subscription import ContactSubscription  # noqa: E402

Contact._api_fields = {
    "wid": ("wid", None),
    "phone": ("phone", None),
    "countryCode": ("country_code", None),
    "name": ("name", None),
    "shortName": ("short_name", None),
    "displayName": ("display_name", None),
    "formattedName": ("formatted_name", None),
    "formattedShortName": ("formatted_short_name", None),
    "groupId": ("group_id", None),
    "channelId": ("channel_id", None),
    "broadcastId": ("broadcast_id", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "syncedAt": ("synced_at", nullable(datetime.datetime.fromisoformat)),
    "createdBy": ("created_by", either((dict, ContactCreatedByType1.from_dict), as_is=True)),
    "chat": ("chat", ContactChat.from_dict),
    "stats": ("stats", ContactStats.from_dict),
    "image": ("image", ContactImage.from_dict),
    "info": ("info", ContactInfo.from_dict),
    "subscription": ("subscription", ContactSubscription.from_dict),
    "businessInfo": ("business_info", ContactBusinessInfo.from_dict),
    "meta": ("meta", ContactMeta.from_dict),
    "metadata": ("metadata", each(ContactMetadataItem.from_dict)),
}
