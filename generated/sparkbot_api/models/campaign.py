from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_mode import CampaignMode
from ..models.campaign_source import CampaignSource
from ..models.campaign_status import CampaignStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """Bulk message campaign.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        name (str | None)
        status (CampaignStatus | None): Not in the Swagger properties; values from the list filter.
        user (CampaignUserType1 | str | None): an id, or the document itself.
        owner (CampaignOwnerType1 | str | None): an id, or the document itself.
        device (CampaignDeviceType1 | str | None): an id, or the document itself.
        clone (str | None)
        file (CampaignFileType1 | str | None): an id, or the document itself.
        mode (CampaignMode | None)
        source (CampaignSource | None)
        message (str | None)
        template (str | None): WABA template name.
        template_language (str | None)
        failure_reason (str | None)
        failure_message (str | None)
        started_at (datetime.datetime | None)
        completed_at (datetime.datetime | None)
        stopped_at (datetime.datetime | None)
        canceled_at (datetime.datetime | None)
        removed_at (datetime.datetime | None)
        unsubscribe (CampaignUnsubscribe | None)
        stats (CampaignStats | None)
        settings (CampaignSettings | None)
    """

    id: str
    name: str | None = None
    status: CampaignStatus | None = None
    user: CampaignUserType1 | str | None = None
    owner: CampaignOwnerType1 | str | None = None
    device: CampaignDeviceType1 | str | None = None
    clone: str | None = None
    file: CampaignFileType1 | str | None = None
    mode: CampaignMode | None = None
    source: CampaignSource | None = None
    message: str | None = None
    template: str | None = None
    template_language: str | None = None
    failure_reason: str | None = None
    failure_message: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    stopped_at: datetime.datetime | None = None
    canceled_at: datetime.datetime | None = None
    removed_at: datetime.datetime | None = None
    unsubscribe: CampaignUnsubscribe | None = None
    stats: CampaignStats | None = None
    settings: CampaignSettings | None = None
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

        if self.name is not None:
            field_dict["name"] = self.name

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, CampaignUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _owner_value = UNSET if self.owner is None else self.owner
        owner: dict[str, Any] | str | Unset
        if isinstance(_owner_value, Unset):
            owner = UNSET
        elif isinstance(_owner_value, CampaignOwnerType1):
            owner = _owner_value.to_dict()
        else:
            owner = _owner_value
        if owner is not UNSET:
            field_dict["owner"] = owner

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, CampaignDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        if self.clone is not None:
            field_dict["clone"] = self.clone

        _file_value = UNSET if self.file is None else self.file
        file: dict[str, Any] | str | Unset
        if isinstance(_file_value, Unset):
            file = UNSET
        elif isinstance(_file_value, CampaignFileType1):
            file = _file_value.to_dict()
        else:
            file = _file_value
        if file is not UNSET:
            field_dict["file"] = file

        _mode_value = UNSET if self.mode is None else self.mode
        mode: str | Unset = UNSET
        if not isinstance(_mode_value, Unset):
            mode = _mode_value.value

        if mode is not UNSET:
            field_dict["mode"] = mode

        _source_value = UNSET if self.source is None else self.source
        source: str | Unset = UNSET
        if not isinstance(_source_value, Unset):
            source = _source_value.value

        if source is not UNSET:
            field_dict["source"] = source

        if self.message is not None:
            field_dict["message"] = self.message

        if self.template is not None:
            field_dict["template"] = self.template

        if self.template_language is not None:
            field_dict["templateLanguage"] = self.template_language

        if self.failure_reason is not None:
            field_dict["failureReason"] = self.failure_reason

        if self.failure_message is not None:
            field_dict["failureMessage"] = self.failure_message

        _started_at_value = UNSET if self.started_at is None else self.started_at
        started_at: None | str | Unset
        if isinstance(_started_at_value, Unset):
            started_at = UNSET
        elif isinstance(_started_at_value, datetime.datetime):
            started_at = api_datetime(_started_at_value)
        else:
            started_at = _started_at_value
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        _completed_at_value = UNSET if self.completed_at is None else self.completed_at
        completed_at: None | str | Unset
        if isinstance(_completed_at_value, Unset):
            completed_at = UNSET
        elif isinstance(_completed_at_value, datetime.datetime):
            completed_at = api_datetime(_completed_at_value)
        else:
            completed_at = _completed_at_value
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        _stopped_at_value = UNSET if self.stopped_at is None else self.stopped_at
        stopped_at: None | str | Unset
        if isinstance(_stopped_at_value, Unset):
            stopped_at = UNSET
        elif isinstance(_stopped_at_value, datetime.datetime):
            stopped_at = api_datetime(_stopped_at_value)
        else:
            stopped_at = _stopped_at_value
        if stopped_at is not UNSET:
            field_dict["stoppedAt"] = stopped_at

        _canceled_at_value = UNSET if self.canceled_at is None else self.canceled_at
        canceled_at: None | str | Unset
        if isinstance(_canceled_at_value, Unset):
            canceled_at = UNSET
        elif isinstance(_canceled_at_value, datetime.datetime):
            canceled_at = api_datetime(_canceled_at_value)
        else:
            canceled_at = _canceled_at_value
        if canceled_at is not UNSET:
            field_dict["canceledAt"] = canceled_at

        _removed_at_value = UNSET if self.removed_at is None else self.removed_at
        removed_at: None | str | Unset
        if isinstance(_removed_at_value, Unset):
            removed_at = UNSET
        elif isinstance(_removed_at_value, datetime.datetime):
            removed_at = api_datetime(_removed_at_value)
        else:
            removed_at = _removed_at_value
        if removed_at is not UNSET:
            field_dict["removedAt"] = removed_at

        _unsubscribe_value = UNSET if self.unsubscribe is None else self.unsubscribe
        unsubscribe: dict[str, Any] | Unset = UNSET
        if not isinstance(_unsubscribe_value, Unset):
            unsubscribe = _unsubscribe_value.to_dict()
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe

        _stats_value = UNSET if self.stats is None else self.stats
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(_stats_value, Unset):
            stats = _stats_value.to_dict()
        if stats is not UNSET:
            field_dict["stats"] = stats

        _settings_value = UNSET if self.settings is None else self.settings
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_settings_value, Unset):
            settings = _settings_value.to_dict()
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: CampaignStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CampaignStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:

            def _parse_user(data: object) -> CampaignUserType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = CampaignUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CampaignUserType1 | str | Unset, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        try:

            def _parse_owner(data: object) -> CampaignOwnerType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    owner_type_1 = CampaignOwnerType1.from_dict(data)

                    return owner_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CampaignOwnerType1 | str | Unset, data)

            owner = _parse_owner(d.get("owner", UNSET))

        except LENIENT:
            owner = UNSET
        else:
            d.pop("owner", None)

        try:

            def _parse_device(data: object) -> CampaignDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = CampaignDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CampaignDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        clone = d.pop("clone", UNSET)

        try:

            def _parse_file(data: object) -> CampaignFileType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    file_type_1 = CampaignFileType1.from_dict(data)

                    return file_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CampaignFileType1 | str | Unset, data)

            file = _parse_file(d.get("file", UNSET))

        except LENIENT:
            file = UNSET
        else:
            d.pop("file", None)

        try:
            _mode = d.get("mode", UNSET)
            mode: CampaignMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = CampaignMode(_mode)

        except LENIENT:
            mode = UNSET
        else:
            d.pop("mode", None)

        try:
            _source = d.get("source", UNSET)
            source: CampaignSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CampaignSource(_source)

        except LENIENT:
            source = UNSET
        else:
            d.pop("source", None)

        message = d.pop("message", UNSET)

        template = d.pop("template", UNSET)

        template_language = d.pop("templateLanguage", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        try:

            def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_at_type_0 = datetime.datetime.fromisoformat(data)

                    return started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            started_at = _parse_started_at(d.get("startedAt", UNSET))

        except LENIENT:
            started_at = UNSET
        else:
            d.pop("startedAt", None)

        try:

            def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            completed_at = _parse_completed_at(d.get("completedAt", UNSET))

        except LENIENT:
            completed_at = UNSET
        else:
            d.pop("completedAt", None)

        try:

            def _parse_stopped_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                    return stopped_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            stopped_at = _parse_stopped_at(d.get("stoppedAt", UNSET))

        except LENIENT:
            stopped_at = UNSET
        else:
            d.pop("stoppedAt", None)

        try:

            def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    canceled_at_type_0 = datetime.datetime.fromisoformat(data)

                    return canceled_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            canceled_at = _parse_canceled_at(d.get("canceledAt", UNSET))

        except LENIENT:
            canceled_at = UNSET
        else:
            d.pop("canceledAt", None)

        try:

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
                raise TypeError(f"unexpected {type(data).__name__}")

            removed_at = _parse_removed_at(d.get("removedAt", UNSET))

        except LENIENT:
            removed_at = UNSET
        else:
            d.pop("removedAt", None)

        try:
            _unsubscribe = d.get("unsubscribe", UNSET)
            unsubscribe: CampaignUnsubscribe | Unset
            if isinstance(_unsubscribe, Unset):
                unsubscribe = UNSET
            else:
                unsubscribe = CampaignUnsubscribe.from_dict(_unsubscribe)

        except LENIENT:
            unsubscribe = UNSET
        else:
            d.pop("unsubscribe", None)

        try:
            _stats = d.get("stats", UNSET)
            stats: CampaignStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = CampaignStats.from_dict(_stats)

        except LENIENT:
            stats = UNSET
        else:
            d.pop("stats", None)

        try:
            _settings = d.get("settings", UNSET)
            settings: CampaignSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = CampaignSettings.from_dict(_settings)

        except LENIENT:
            settings = UNSET
        else:
            d.pop("settings", None)

        campaign = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            name=None if isinstance(name, Unset) else name,
            status=None if isinstance(status, Unset) else status,
            user=None if isinstance(user, Unset) else user,
            owner=None if isinstance(owner, Unset) else owner,
            device=None if isinstance(device, Unset) else device,
            clone=None if isinstance(clone, Unset) else clone,
            file=None if isinstance(file, Unset) else file,
            mode=None if isinstance(mode, Unset) else mode,
            source=None if isinstance(source, Unset) else source,
            message=None if isinstance(message, Unset) else message,
            template=None if isinstance(template, Unset) else template,
            template_language=None if isinstance(template_language, Unset) else template_language,
            failure_reason=None if isinstance(failure_reason, Unset) else failure_reason,
            failure_message=None if isinstance(failure_message, Unset) else failure_message,
            started_at=None if isinstance(started_at, Unset) else started_at,
            completed_at=None if isinstance(completed_at, Unset) else completed_at,
            stopped_at=None if isinstance(stopped_at, Unset) else stopped_at,
            canceled_at=None if isinstance(canceled_at, Unset) else canceled_at,
            removed_at=None if isinstance(removed_at, Unset) else removed_at,
            unsubscribe=None if isinstance(unsubscribe, Unset) else unsubscribe,
            stats=None if isinstance(stats, Unset) else stats,
            settings=None if isinstance(settings, Unset) else settings,
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


from ..models.campaign_device_type_1 import CampaignDeviceType1  # noqa: E402
from ..models.campaign_file_type_1 import CampaignFileType1  # noqa: E402
from ..models.campaign_owner_type_1 import CampaignOwnerType1  # noqa: E402
from ..models.campaign_settings import CampaignSettings  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402
from ..models.campaign_unsubscribe import CampaignUnsubscribe  # noqa: E402
from ..models.campaign_user_type_1 import CampaignUserType1  # noqa: E402
