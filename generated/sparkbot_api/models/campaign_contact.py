from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_contact_ack import CampaignContactAck
from ..models.campaign_contact_error import CampaignContactError
from ..models.campaign_contact_kind import CampaignContactKind
from ..models.campaign_contact_status import CampaignContactStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CampaignContact")


@_attrs_define
class CampaignContact:
    """Campaign recipient and its delivery state.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        campaign (str | Unset):
        wid (str | Unset):
        waba_id (str | Unset):
        waba_wid (str | Unset):
        status (CampaignContactStatus | Unset):
        kind (CampaignContactKind | Unset):
        ack (CampaignContactAck | Unset):
        phone (str | Unset):
        group (str | Unset):
        name (str | Unset):
        date (datetime.datetime | Unset):
        reference (str | Unset):
        delivered_at (datetime.datetime | Unset):
        read_at (datetime.datetime | Unset):
        failed_at (datetime.datetime | Unset):
        retries (int | Unset):
        message (str | Unset):
        url (str | Unset):
        error (CampaignContactError | Unset):
    """

    id: str
    campaign: str | Unset = UNSET
    wid: str | Unset = UNSET
    waba_id: str | Unset = UNSET
    waba_wid: str | Unset = UNSET
    status: CampaignContactStatus | Unset = UNSET
    kind: CampaignContactKind | Unset = UNSET
    ack: CampaignContactAck | Unset = UNSET
    phone: str | Unset = UNSET
    group: str | Unset = UNSET
    name: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    reference: str | Unset = UNSET
    delivered_at: datetime.datetime | Unset = UNSET
    read_at: datetime.datetime | Unset = UNSET
    failed_at: datetime.datetime | Unset = UNSET
    retries: int | Unset = UNSET
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    error: CampaignContactError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign = self.campaign

        wid = self.wid

        waba_id = self.waba_id

        waba_wid = self.waba_wid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        ack: str | Unset = UNSET
        if not isinstance(self.ack, Unset):
            ack = self.ack.value

        phone = self.phone

        group = self.group

        name = self.name

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        reference = self.reference

        delivered_at: str | Unset = UNSET
        if not isinstance(self.delivered_at, Unset):
            delivered_at = self.delivered_at.isoformat()

        read_at: str | Unset = UNSET
        if not isinstance(self.read_at, Unset):
            read_at = self.read_at.isoformat()

        failed_at: str | Unset = UNSET
        if not isinstance(self.failed_at, Unset):
            failed_at = self.failed_at.isoformat()

        retries = self.retries

        message = self.message

        url = self.url

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if wid is not UNSET:
            field_dict["wid"] = wid
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id
        if waba_wid is not UNSET:
            field_dict["wabaWid"] = waba_wid
        if status is not UNSET:
            field_dict["status"] = status
        if kind is not UNSET:
            field_dict["kind"] = kind
        if ack is not UNSET:
            field_dict["ack"] = ack
        if phone is not UNSET:
            field_dict["phone"] = phone
        if group is not UNSET:
            field_dict["group"] = group
        if name is not UNSET:
            field_dict["name"] = name
        if date is not UNSET:
            field_dict["date"] = date
        if reference is not UNSET:
            field_dict["reference"] = reference
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if read_at is not UNSET:
            field_dict["readAt"] = read_at
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at
        if retries is not UNSET:
            field_dict["retries"] = retries
        if message is not UNSET:
            field_dict["message"] = message
        if url is not UNSET:
            field_dict["url"] = url
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        campaign = d.pop("campaign", UNSET)

        wid = d.pop("wid", UNSET)

        waba_id = d.pop("wabaId", UNSET)

        waba_wid = d.pop("wabaWid", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignContactStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignContactStatus(_status)

        _kind = d.pop("kind", UNSET)
        kind: CampaignContactKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CampaignContactKind(_kind)

        _ack = d.pop("ack", UNSET)
        ack: CampaignContactAck | Unset
        if isinstance(_ack, Unset):
            ack = UNSET
        else:
            ack = CampaignContactAck(_ack)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        name = d.pop("name", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        reference = d.pop("reference", UNSET)

        _delivered_at = d.pop("deliveredAt", UNSET)
        delivered_at: datetime.datetime | Unset
        if isinstance(_delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        _read_at = d.pop("readAt", UNSET)
        read_at: datetime.datetime | Unset
        if isinstance(_read_at, Unset):
            read_at = UNSET
        else:
            read_at = datetime.datetime.fromisoformat(_read_at)

        _failed_at = d.pop("failedAt", UNSET)
        failed_at: datetime.datetime | Unset
        if isinstance(_failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = datetime.datetime.fromisoformat(_failed_at)

        retries = d.pop("retries", UNSET)

        message = d.pop("message", UNSET)

        url = d.pop("url", UNSET)

        _error = d.pop("error", UNSET)
        error: CampaignContactError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CampaignContactError(_error)

        campaign_contact = cls(
            id=id,
            campaign=campaign,
            wid=wid,
            waba_id=waba_id,
            waba_wid=waba_wid,
            status=status,
            kind=kind,
            ack=ack,
            phone=phone,
            group=group,
            name=name,
            date=date,
            reference=reference,
            delivered_at=delivered_at,
            read_at=read_at,
            failed_at=failed_at,
            retries=retries,
            message=message,
            url=url,
            error=error,
        )

        campaign_contact.additional_properties = d
        return campaign_contact

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
