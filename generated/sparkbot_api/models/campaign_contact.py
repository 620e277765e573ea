from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_contact_ack import CampaignContactAck
from ..models.campaign_contact_error import CampaignContactError
from ..models.campaign_contact_kind import CampaignContactKind
from ..models.campaign_contact_status import CampaignContactStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class CampaignContact(ApiModel):
    """Campaign recipient and its delivery state.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        campaign (CampaignContactCampaignType1 | str | None): an id, or the document itself.
        wid (str | None)
        waba_id (str | None)
        waba_wid (str | None)
        status (CampaignContactStatus | None)
        kind (CampaignContactKind | None)
        ack (CampaignContactAck | None)
        phone (str | None)
        group (str | None)
        name (str | None)
        date (datetime.datetime | None)
        reference (str | None)
        delivered_at (datetime.datetime | None)
        read_at (datetime.datetime | None)
        failed_at (datetime.datetime | None)
        retries (int | None)
        message (str | None)
        url (str | None)
        error (CampaignContactError | None)
    """

    id: str
    campaign: CampaignContactCampaignType1 | str | None = None
    wid: str | None = None
    waba_id: str | None = None
    waba_wid: str | None = None
    status: CampaignContactStatus | None = None
    kind: CampaignContactKind | None = None
    ack: CampaignContactAck | None = None
    phone: str | None = None
    group: str | None = None
    name: str | None = None
    date: datetime.datetime | None = None
    reference: str | None = None
    delivered_at: datetime.datetime | None = None
    read_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    retries: int | None = None
    message: str | None = None
    url: str | None = None
    error: CampaignContactError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.campaign_contact_campaign_type_1 import CampaignContactCampaignType1  # noqa: E402

CampaignContact._api_fields = {
    "id": ("id", None),
    "campaign": ("campaign", either((dict, CampaignContactCampaignType1.from_dict), as_is=True)),
    "wid": ("wid", None),
    "wabaId": ("waba_id", None),
    "wabaWid": ("waba_wid", None),
    "status": ("status", member(CampaignContactStatus)),
    "kind": ("kind", member(CampaignContactKind)),
    "ack": ("ack", member(CampaignContactAck)),
    "phone": ("phone", None),
    "group": ("group", None),
    "name": ("name", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "reference": ("reference", None),
    "deliveredAt": ("delivered_at", nullable(datetime.datetime.fromisoformat)),
    "readAt": ("read_at", nullable(datetime.datetime.fromisoformat)),
    "failedAt": ("failed_at", nullable(datetime.datetime.fromisoformat)),
    "retries": ("retries", None),
    "message": ("message", None),
    "url": ("url", None),
    "error": ("error", member(CampaignContactError)),
}
