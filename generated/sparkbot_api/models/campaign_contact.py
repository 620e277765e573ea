from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_contact_ack import CampaignContactAck
from ..models.campaign_contact_error import CampaignContactError
from ..models.campaign_contact_kind import CampaignContactKind
from ..models.campaign_contact_status import CampaignContactStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="CampaignContact")


@_attrs_define
class CampaignContact:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        _campaign_value = UNSET if self.campaign is None else self.campaign
        campaign: dict[str, Any] | str | Unset
        if isinstance(_campaign_value, Unset):
            campaign = UNSET
        elif isinstance(_campaign_value, CampaignContactCampaignType1):
            campaign = _campaign_value.to_dict()
        else:
            campaign = _campaign_value
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.waba_id is not None:
            field_dict["wabaId"] = self.waba_id

        if self.waba_wid is not None:
            field_dict["wabaWid"] = self.waba_wid

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        _ack_value = UNSET if self.ack is None else self.ack
        ack: str | Unset = UNSET
        if not isinstance(_ack_value, Unset):
            ack = _ack_value.value

        if ack is not UNSET:
            field_dict["ack"] = ack

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.group is not None:
            field_dict["group"] = self.group

        if self.name is not None:
            field_dict["name"] = self.name

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        if self.reference is not None:
            field_dict["reference"] = self.reference

        _delivered_at_value = UNSET if self.delivered_at is None else self.delivered_at
        delivered_at: None | str | Unset
        if isinstance(_delivered_at_value, Unset):
            delivered_at = UNSET
        elif isinstance(_delivered_at_value, datetime.datetime):
            delivered_at = api_datetime(_delivered_at_value)
        else:
            delivered_at = _delivered_at_value
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at

        _read_at_value = UNSET if self.read_at is None else self.read_at
        read_at: None | str | Unset
        if isinstance(_read_at_value, Unset):
            read_at = UNSET
        elif isinstance(_read_at_value, datetime.datetime):
            read_at = api_datetime(_read_at_value)
        else:
            read_at = _read_at_value
        if read_at is not UNSET:
            field_dict["readAt"] = read_at

        _failed_at_value = UNSET if self.failed_at is None else self.failed_at
        failed_at: None | str | Unset
        if isinstance(_failed_at_value, Unset):
            failed_at = UNSET
        elif isinstance(_failed_at_value, datetime.datetime):
            failed_at = api_datetime(_failed_at_value)
        else:
            failed_at = _failed_at_value
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at

        if self.retries is not None:
            field_dict["retries"] = self.retries

        if self.message is not None:
            field_dict["message"] = self.message

        if self.url is not None:
            field_dict["url"] = self.url

        _error_value = UNSET if self.error is None else self.error
        error: str | Unset = UNSET
        if not isinstance(_error_value, Unset):
            error = _error_value.value

        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        try:

            def _parse_campaign(data: object) -> CampaignContactCampaignType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    campaign_type_1 = CampaignContactCampaignType1.from_dict(data)

                    return campaign_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CampaignContactCampaignType1 | str | Unset, data)

            campaign = _parse_campaign(d.get("campaign", UNSET))

        except LENIENT:
            campaign = UNSET
        else:
            d.pop("campaign", None)

        wid = d.pop("wid", UNSET)

        waba_id = d.pop("wabaId", UNSET)

        waba_wid = d.pop("wabaWid", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: CampaignContactStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CampaignContactStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _kind = d.get("kind", UNSET)
            kind: CampaignContactKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = CampaignContactKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        try:
            _ack = d.get("ack", UNSET)
            ack: CampaignContactAck | Unset
            if isinstance(_ack, Unset):
                ack = UNSET
            else:
                ack = CampaignContactAck(_ack)

        except LENIENT:
            ack = UNSET
        else:
            d.pop("ack", None)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        name = d.pop("name", UNSET)

        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        reference = d.pop("reference", UNSET)

        try:

            def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                    return delivered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            delivered_at = _parse_delivered_at(d.get("deliveredAt", UNSET))

        except LENIENT:
            delivered_at = UNSET
        else:
            d.pop("deliveredAt", None)

        try:

            def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    read_at_type_0 = datetime.datetime.fromisoformat(data)

                    return read_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            read_at = _parse_read_at(d.get("readAt", UNSET))

        except LENIENT:
            read_at = UNSET
        else:
            d.pop("readAt", None)

        try:

            def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    failed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return failed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            failed_at = _parse_failed_at(d.get("failedAt", UNSET))

        except LENIENT:
            failed_at = UNSET
        else:
            d.pop("failedAt", None)

        retries = d.pop("retries", UNSET)

        message = d.pop("message", UNSET)

        url = d.pop("url", UNSET)

        try:
            _error = d.get("error", UNSET)
            error: CampaignContactError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = CampaignContactError(_error)

        except LENIENT:
            error = UNSET
        else:
            d.pop("error", None)

        campaign_contact = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            campaign=None if isinstance(campaign, Unset) else campaign,
            wid=None if isinstance(wid, Unset) else wid,
            waba_id=None if isinstance(waba_id, Unset) else waba_id,
            waba_wid=None if isinstance(waba_wid, Unset) else waba_wid,
            status=None if isinstance(status, Unset) else status,
            kind=None if isinstance(kind, Unset) else kind,
            ack=None if isinstance(ack, Unset) else ack,
            phone=None if isinstance(phone, Unset) else phone,
            group=None if isinstance(group, Unset) else group,
            name=None if isinstance(name, Unset) else name,
            date=None if isinstance(date, Unset) else date,
            reference=None if isinstance(reference, Unset) else reference,
            delivered_at=None if isinstance(delivered_at, Unset) else delivered_at,
            read_at=None if isinstance(read_at, Unset) else read_at,
            failed_at=None if isinstance(failed_at, Unset) else failed_at,
            retries=None if isinstance(retries, Unset) else retries,
            message=None if isinstance(message, Unset) else message,
            url=None if isinstance(url, Unset) else url,
            error=None if isinstance(error, Unset) else error,
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


from ..models.campaign_contact_campaign_type_1 import CampaignContactCampaignType1  # noqa: E402
