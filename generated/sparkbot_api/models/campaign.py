from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_mode import CampaignMode
from ..models.campaign_source import CampaignSource
from ..models.campaign_status import CampaignStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """Bulk message campaign.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        name (str | Unset):
        status (CampaignStatus | Unset): Not in the Swagger properties; values from the list filter.
        user (str | Unset):
        owner (str | Unset):
        device (str | Unset):
        clone (str | Unset):
        file (str | Unset):
        mode (CampaignMode | Unset):
        source (CampaignSource | Unset):
        message (str | Unset):
        template (str | Unset): WABA template name.
        template_language (str | Unset):
        failure_reason (str | Unset):
        failure_message (str | Unset):
        started_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset):
        stopped_at (datetime.datetime | Unset):
        canceled_at (datetime.datetime | Unset):
        removed_at (datetime.datetime | None | Unset):
        unsubscribe (CampaignUnsubscribe | Unset):
        stats (CampaignStats | Unset):
        settings (CampaignSettings | Unset):
    """

    id: str
    name: str | Unset = UNSET
    status: CampaignStatus | Unset = UNSET
    user: str | Unset = UNSET
    owner: str | Unset = UNSET
    device: str | Unset = UNSET
    clone: str | Unset = UNSET
    file: str | Unset = UNSET
    mode: CampaignMode | Unset = UNSET
    source: CampaignSource | Unset = UNSET
    message: str | Unset = UNSET
    template: str | Unset = UNSET
    template_language: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    stopped_at: datetime.datetime | Unset = UNSET
    canceled_at: datetime.datetime | Unset = UNSET
    removed_at: datetime.datetime | None | Unset = UNSET
    unsubscribe: CampaignUnsubscribe | Unset = UNSET
    stats: CampaignStats | Unset = UNSET
    settings: CampaignSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        user = self.user

        owner = self.owner

        device = self.device

        clone = self.clone

        file = self.file

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        message = self.message

        template = self.template

        template_language = self.template_language

        failure_reason = self.failure_reason

        failure_message = self.failure_message

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        stopped_at: str | Unset = UNSET
        if not isinstance(self.stopped_at, Unset):
            stopped_at = self.stopped_at.isoformat()

        canceled_at: str | Unset = UNSET
        if not isinstance(self.canceled_at, Unset):
            canceled_at = self.canceled_at.isoformat()

        removed_at: None | str | Unset
        if isinstance(self.removed_at, Unset):
            removed_at = UNSET
        elif isinstance(self.removed_at, datetime.datetime):
            removed_at = self.removed_at.isoformat()
        else:
            removed_at = self.removed_at

        unsubscribe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsubscribe, Unset):
            unsubscribe = self.unsubscribe.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if user is not UNSET:
            field_dict["user"] = user
        if owner is not UNSET:
            field_dict["owner"] = owner
        if device is not UNSET:
            field_dict["device"] = device
        if clone is not UNSET:
            field_dict["clone"] = clone
        if file is not UNSET:
            field_dict["file"] = file
        if mode is not UNSET:
            field_dict["mode"] = mode
        if source is not UNSET:
            field_dict["source"] = source
        if message is not UNSET:
            field_dict["message"] = message
        if template is not UNSET:
            field_dict["template"] = template
        if template_language is not UNSET:
            field_dict["templateLanguage"] = template_language
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if stopped_at is not UNSET:
            field_dict["stoppedAt"] = stopped_at
        if canceled_at is not UNSET:
            field_dict["canceledAt"] = canceled_at
        if removed_at is not UNSET:
            field_dict["removedAt"] = removed_at
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if stats is not UNSET:
            field_dict["stats"] = stats
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignStatus(_status)

        user = d.pop("user", UNSET)

        owner = d.pop("owner", UNSET)

        device = d.pop("device", UNSET)

        clone = d.pop("clone", UNSET)

        file = d.pop("file", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: CampaignMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CampaignMode(_mode)

        _source = d.pop("source", UNSET)
        source: CampaignSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CampaignSource(_source)

        message = d.pop("message", UNSET)

        template = d.pop("template", UNSET)

        template_language = d.pop("templateLanguage", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _stopped_at = d.pop("stoppedAt", UNSET)
        stopped_at: datetime.datetime | Unset
        if isinstance(_stopped_at, Unset):
            stopped_at = UNSET
        else:
            stopped_at = datetime.datetime.fromisoformat(_stopped_at)

        _canceled_at = d.pop("canceledAt", UNSET)
        canceled_at: datetime.datetime | Unset
        if isinstance(_canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = datetime.datetime.fromisoformat(_canceled_at)

        def _parse_removed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                removed_at_type_0 = datetime.datetime.fromisoformat(data)

                return removed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        removed_at = _parse_removed_at(d.pop("removedAt", UNSET))

        _unsubscribe = d.pop("unsubscribe", UNSET)
        unsubscribe: CampaignUnsubscribe | Unset
        if isinstance(_unsubscribe, Unset):
            unsubscribe = UNSET
        else:
            unsubscribe = CampaignUnsubscribe.from_dict(_unsubscribe)

        _stats = d.pop("stats", UNSET)
        stats: CampaignStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = CampaignStats.from_dict(_stats)

        _settings = d.pop("settings", UNSET)
        settings: CampaignSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CampaignSettings.from_dict(_settings)

        campaign = cls(
            id=id,
            name=name,
            status=status,
            user=user,
            owner=owner,
            device=device,
            clone=clone,
            file=file,
            mode=mode,
            source=source,
            message=message,
            template=template,
            template_language=template_language,
            failure_reason=failure_reason,
            failure_message=failure_message,
            started_at=started_at,
            completed_at=completed_at,
            stopped_at=stopped_at,
            canceled_at=canceled_at,
            removed_at=removed_at,
            unsubscribe=unsubscribe,
            stats=stats,
            settings=settings,
        )

        campaign.additional_properties = d
        return campaign

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


from ..models.campaign_settings import CampaignSettings  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402
from ..models.campaign_unsubscribe import CampaignUnsubscribe  # noqa: E402
