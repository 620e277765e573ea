from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_connector import DeviceConnector
from ..models.device_status import DeviceStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """WhatsApp number (device).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        phone (str | None): Phone number in E.164 format.
        wid (str | None): WhatsApp ID of the number.
        alias (str | None)
        description (str | None)
        connector (DeviceConnector | None)
        version (int | None)
        user (str | None): Owner user ID.
        status (DeviceStatus | None): Device status.
        cancel_at (datetime.datetime | None)
        deleted_at (datetime.datetime | None)
        disabled_at (datetime.datetime | None)
        agents (list[DeviceAgentsItem] | None)
        waba (DeviceWaba | None): WhatsApp Business API (cloud) number details.
        session (DeviceSession | None): WhatsApp session state of a device (number).
        queue (DeviceQueue | None): Outbound message queue summary.
        profile (DeviceProfile | None): WhatsApp profile summary.
        info (DeviceInfo | None): Phone / WhatsApp app information.
        settings (DeviceSettings | None): Number settings.
        group_chats (DeviceGroupChats | None)
        quick_replies (DeviceQuickReplies | None)
        labels (DeviceLabels | None)
        auto_assign (DeviceAutoAssign | None): Chat auto-assignment settings.
        auto_replies (DeviceAutoReplies | None): Auto-reply settings: welcome, away, busy, call (free-form).
        billing (DeviceBilling | None): Billing data: subscription plan, status, usage (free-form).
        metrics (DeviceMetrics | None): Chat and message counters (free-form).
        stats (DeviceStats | None): Delivery statistics per period (free-form).
        logs (list[DeviceLog] | None)
    """

    id: str
    phone: str | None = None
    wid: str | None = None
    alias: str | None = None
    description: str | None = None
    connector: DeviceConnector | None = None
    version: int | None = None
    user: str | None = None
    status: DeviceStatus | None = None
    cancel_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    disabled_at: datetime.datetime | None = None
    agents: list[DeviceAgentsItem] | None = None
    waba: DeviceWaba | None = None
    session: DeviceSession | None = None
    queue: DeviceQueue | None = None
    profile: DeviceProfile | None = None
    info: DeviceInfo | None = None
    settings: DeviceSettings | None = None
    group_chats: DeviceGroupChats | None = None
    quick_replies: DeviceQuickReplies | None = None
    labels: DeviceLabels | None = None
    auto_assign: DeviceAutoAssign | None = None
    auto_replies: DeviceAutoReplies | None = None
    billing: DeviceBilling | None = None
    metrics: DeviceMetrics | None = None
    stats: DeviceStats | None = None
    logs: list[DeviceLog] | None = None
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

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.alias is not None:
            field_dict["alias"] = self.alias

        if self.description is not None:
            field_dict["description"] = self.description

        _connector_value = UNSET if self.connector is None else self.connector
        connector: str | Unset = UNSET
        if not isinstance(_connector_value, Unset):
            connector = _connector_value.value

        if connector is not UNSET:
            field_dict["connector"] = connector

        if self.version is not None:
            field_dict["version"] = self.version

        if self.user is not None:
            field_dict["user"] = self.user

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _cancel_at_value = UNSET if self.cancel_at is None else self.cancel_at
        cancel_at: None | str | Unset
        if isinstance(_cancel_at_value, Unset):
            cancel_at = UNSET
        elif isinstance(_cancel_at_value, datetime.datetime):
            cancel_at = api_datetime(_cancel_at_value)
        else:
            cancel_at = _cancel_at_value
        if cancel_at is not UNSET:
            field_dict["cancelAt"] = cancel_at

        _deleted_at_value = UNSET if self.deleted_at is None else self.deleted_at
        deleted_at: None | str | Unset
        if isinstance(_deleted_at_value, Unset):
            deleted_at = UNSET
        elif isinstance(_deleted_at_value, datetime.datetime):
            deleted_at = api_datetime(_deleted_at_value)
        else:
            deleted_at = _deleted_at_value
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        _disabled_at_value = UNSET if self.disabled_at is None else self.disabled_at
        disabled_at: None | str | Unset
        if isinstance(_disabled_at_value, Unset):
            disabled_at = UNSET
        elif isinstance(_disabled_at_value, datetime.datetime):
            disabled_at = api_datetime(_disabled_at_value)
        else:
            disabled_at = _disabled_at_value
        if disabled_at is not UNSET:
            field_dict["disabledAt"] = disabled_at

        _agents_value = UNSET if self.agents is None else self.agents
        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_agents_value, Unset):
            agents = []
            for agents_item_data in _agents_value:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        if agents is not UNSET:
            field_dict["agents"] = agents

        _waba_value = UNSET if self.waba is None else self.waba
        waba: dict[str, Any] | Unset = UNSET
        if not isinstance(_waba_value, Unset):
            waba = _waba_value.to_dict()
        if waba is not UNSET:
            field_dict["waba"] = waba

        _session_value = UNSET if self.session is None else self.session
        session: dict[str, Any] | Unset = UNSET
        if not isinstance(_session_value, Unset):
            session = _session_value.to_dict()
        if session is not UNSET:
            field_dict["session"] = session

        _queue_value = UNSET if self.queue is None else self.queue
        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(_queue_value, Unset):
            queue = _queue_value.to_dict()
        if queue is not UNSET:
            field_dict["queue"] = queue

        _profile_value = UNSET if self.profile is None else self.profile
        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(_profile_value, Unset):
            profile = _profile_value.to_dict()
        if profile is not UNSET:
            field_dict["profile"] = profile

        _info_value = UNSET if self.info is None else self.info
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(_info_value, Unset):
            info = _info_value.to_dict()
        if info is not UNSET:
            field_dict["info"] = info

        _settings_value = UNSET if self.settings is None else self.settings
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_settings_value, Unset):
            settings = _settings_value.to_dict()
        if settings is not UNSET:
            field_dict["settings"] = settings

        _group_chats_value = UNSET if self.group_chats is None else self.group_chats
        group_chats: dict[str, Any] | Unset = UNSET
        if not isinstance(_group_chats_value, Unset):
            group_chats = _group_chats_value.to_dict()
        if group_chats is not UNSET:
            field_dict["groupChats"] = group_chats

        _quick_replies_value = UNSET if self.quick_replies is None else self.quick_replies
        quick_replies: dict[str, Any] | Unset = UNSET
        if not isinstance(_quick_replies_value, Unset):
            quick_replies = _quick_replies_value.to_dict()
        if quick_replies is not UNSET:
            field_dict["quickReplies"] = quick_replies

        _labels_value = UNSET if self.labels is None else self.labels
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(_labels_value, Unset):
            labels = _labels_value.to_dict()
        if labels is not UNSET:
            field_dict["labels"] = labels

        _auto_assign_value = UNSET if self.auto_assign is None else self.auto_assign
        auto_assign: dict[str, Any] | Unset = UNSET
        if not isinstance(_auto_assign_value, Unset):
            auto_assign = _auto_assign_value.to_dict()
        if auto_assign is not UNSET:
            field_dict["autoAssign"] = auto_assign

        _auto_replies_value = UNSET if self.auto_replies is None else self.auto_replies
        auto_replies: dict[str, Any] | Unset = UNSET
        if not isinstance(_auto_replies_value, Unset):
            auto_replies = _auto_replies_value.to_dict()
        if auto_replies is not UNSET:
            field_dict["autoReplies"] = auto_replies

        _billing_value = UNSET if self.billing is None else self.billing
        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(_billing_value, Unset):
            billing = _billing_value.to_dict()
        if billing is not UNSET:
            field_dict["billing"] = billing

        _metrics_value = UNSET if self.metrics is None else self.metrics
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(_metrics_value, Unset):
            metrics = _metrics_value.to_dict()
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        _stats_value = UNSET if self.stats is None else self.stats
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(_stats_value, Unset):
            stats = _stats_value.to_dict()
        if stats is not UNSET:
            field_dict["stats"] = stats

        _logs_value = UNSET if self.logs is None else self.logs
        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_logs_value, Unset):
            logs = []
            for logs_item_data in _logs_value:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        wid = d.pop("wid", UNSET)

        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        try:
            _connector = d.get("connector", UNSET)
            connector: DeviceConnector | Unset
            if isinstance(_connector, Unset):
                connector = UNSET
            else:
                connector = DeviceConnector(_connector)

        except LENIENT:
            connector = UNSET
        else:
            d.pop("connector", None)

        version = d.pop("version", UNSET)

        user = d.pop("user", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: DeviceStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = DeviceStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:

            def _parse_cancel_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    cancel_at_type_0 = datetime.datetime.fromisoformat(data)

                    return cancel_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            cancel_at = _parse_cancel_at(d.get("cancelAt", UNSET))

        except LENIENT:
            cancel_at = UNSET
        else:
            d.pop("cancelAt", None)

        try:

            def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            deleted_at = _parse_deleted_at(d.get("deletedAt", UNSET))

        except LENIENT:
            deleted_at = UNSET
        else:
            d.pop("deletedAt", None)

        try:

            def _parse_disabled_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                    return disabled_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            disabled_at = _parse_disabled_at(d.get("disabledAt", UNSET))

        except LENIENT:
            disabled_at = UNSET
        else:
            d.pop("disabledAt", None)

        try:
            _agents = d.get("agents", UNSET)
            agents: list[DeviceAgentsItem] | Unset = UNSET
            if _agents is not UNSET:
                agents = []
                for agents_item_data in _agents:
                    agents_item = DeviceAgentsItem.from_dict(agents_item_data)

                    agents.append(agents_item)

        except LENIENT:
            agents = UNSET
        else:
            d.pop("agents", None)

        try:
            _waba = d.get("waba", UNSET)
            waba: DeviceWaba | Unset
            if isinstance(_waba, Unset):
                waba = UNSET
            else:
                waba = DeviceWaba.from_dict(_waba)

        except LENIENT:
            waba = UNSET
        else:
            d.pop("waba", None)

        try:
            _session = d.get("session", UNSET)
            session: DeviceSession | Unset
            if isinstance(_session, Unset):
                session = UNSET
            else:
                session = DeviceSession.from_dict(_session)

        except LENIENT:
            session = UNSET
        else:
            d.pop("session", None)

        try:
            _queue = d.get("queue", UNSET)
            queue: DeviceQueue | Unset
            if isinstance(_queue, Unset):
                queue = UNSET
            else:
                queue = DeviceQueue.from_dict(_queue)

        except LENIENT:
            queue = UNSET
        else:
            d.pop("queue", None)

        try:
            _profile = d.get("profile", UNSET)
            profile: DeviceProfile | Unset
            if isinstance(_profile, Unset):
                profile = UNSET
            else:
                profile = DeviceProfile.from_dict(_profile)

        except LENIENT:
            profile = UNSET
        else:
            d.pop("profile", None)

        try:
            _info = d.get("info", UNSET)
            info: DeviceInfo | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = DeviceInfo.from_dict(_info)

        except LENIENT:
            info = UNSET
        else:
            d.pop("info", None)

        try:
            _settings = d.get("settings", UNSET)
            settings: DeviceSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = DeviceSettings.from_dict(_settings)

        except LENIENT:
            settings = UNSET
        else:
            d.pop("settings", None)

        try:
            _group_chats = d.get("groupChats", UNSET)
            group_chats: DeviceGroupChats | Unset
            if isinstance(_group_chats, Unset):
                group_chats = UNSET
            else:
                group_chats = DeviceGroupChats.from_dict(_group_chats)

        except LENIENT:
            group_chats = UNSET
        else:
            d.pop("groupChats", None)

        try:
            _quick_replies = d.get("quickReplies", UNSET)
            quick_replies: DeviceQuickReplies | Unset
            if isinstance(_quick_replies, Unset):
                quick_replies = UNSET
            else:
                quick_replies = DeviceQuickReplies.from_dict(_quick_replies)

        except LENIENT:
            quick_replies = UNSET
        else:
            d.pop("quickReplies", None)

        try:
            _labels = d.get("labels", UNSET)
            labels: DeviceLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = DeviceLabels.from_dict(_labels)

        except LENIENT:
            labels = UNSET
        else:
            d.pop("labels", None)

        try:
            _auto_assign = d.get("autoAssign", UNSET)
            auto_assign: DeviceAutoAssign | Unset
            if isinstance(_auto_assign, Unset):
                auto_assign = UNSET
            else:
                auto_assign = DeviceAutoAssign.from_dict(_auto_assign)

        except LENIENT:
            auto_assign = UNSET
        else:
            d.pop("autoAssign", None)

        try:
            _auto_replies = d.get("autoReplies", UNSET)
            auto_replies: DeviceAutoReplies | Unset
            if isinstance(_auto_replies, Unset):
                auto_replies = UNSET
            else:
                auto_replies = DeviceAutoReplies.from_dict(_auto_replies)

        except LENIENT:
            auto_replies = UNSET
        else:
            d.pop("autoReplies", None)

        try:
            _billing = d.get("billing", UNSET)
            billing: DeviceBilling | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = DeviceBilling.from_dict(_billing)

        except LENIENT:
            billing = UNSET
        else:
            d.pop("billing", None)

        try:
            _metrics = d.get("metrics", UNSET)
            metrics: DeviceMetrics | Unset
            if isinstance(_metrics, Unset):
                metrics = UNSET
            else:
                metrics = DeviceMetrics.from_dict(_metrics)

        except LENIENT:
            metrics = UNSET
        else:
            d.pop("metrics", None)

        try:
            _stats = d.get("stats", UNSET)
            stats: DeviceStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = DeviceStats.from_dict(_stats)

        except LENIENT:
            stats = UNSET
        else:
            d.pop("stats", None)

        try:
            _logs = d.get("logs", UNSET)
            logs: list[DeviceLog] | Unset = UNSET
            if _logs is not UNSET:
                logs = []
                for logs_item_data in _logs:
                    logs_item = DeviceLog.from_dict(logs_item_data)

                    logs.append(logs_item)

        except LENIENT:
            logs = UNSET
        else:
            d.pop("logs", None)

        device = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            phone=None if isinstance(phone, Unset) else phone,
            wid=None if isinstance(wid, Unset) else wid,
            alias=None if isinstance(alias, Unset) else alias,
            description=None if isinstance(description, Unset) else description,
            connector=None if isinstance(connector, Unset) else connector,
            version=None if isinstance(version, Unset) else version,
            user=None if isinstance(user, Unset) else user,
            status=None if isinstance(status, Unset) else status,
            cancel_at=None if isinstance(cancel_at, Unset) else cancel_at,
            deleted_at=None if isinstance(deleted_at, Unset) else deleted_at,
            disabled_at=None if isinstance(disabled_at, Unset) else disabled_at,
            agents=None if isinstance(agents, Unset) else agents,
            waba=None if isinstance(waba, Unset) else waba,
            session=None if isinstance(session, Unset) else session,
            queue=None if isinstance(queue, Unset) else queue,
            profile=None if isinstance(profile, Unset) else profile,
            info=None if isinstance(info, Unset) else info,
            settings=None if isinstance(settings, Unset) else settings,
            group_chats=None if isinstance(group_chats, Unset) else group_chats,
            quick_replies=None if isinstance(quick_replies, Unset) else quick_replies,
            labels=None if isinstance(labels, Unset) else labels,
            auto_assign=None if isinstance(auto_assign, Unset) else auto_assign,
            auto_replies=None if isinstance(auto_replies, Unset) else auto_replies,
            billing=None if isinstance(billing, Unset) else billing,
            metrics=None if isinstance(metrics, Unset) else metrics,
            stats=None if isinstance(stats, Unset) else stats,
            logs=None if isinstance(logs, Unset) else logs,
        )

        device.additional_properties = d
        return device

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


from ..models.device_agents_item import DeviceAgentsItem  # noqa: E402
from ..models.device_auto_assign import DeviceAutoAssign  # noqa: E402
from ..models.device_auto_replies import DeviceAutoReplies  # noqa: E402
from ..models.device_billing import DeviceBilling  # noqa: E402
from ..models.device_group_chats import DeviceGroupChats  # noqa: E402
from ..models.device_info import DeviceInfo  # noqa: E402
from ..models.device_labels import DeviceLabels  # noqa: E402
from ..models.device_log import DeviceLog  # noqa: E402
from ..models.device_metrics import DeviceMetrics  # noqa: E402
from ..models.device_profile import DeviceProfile  # noqa: E402
from ..models.device_queue import DeviceQueue  # noqa: E402
from ..models.device_quick_replies import DeviceQuickReplies  # noqa: E402
from ..models.device_session import DeviceSession  # noqa: E402
from ..models.device_settings import DeviceSettings  # noqa: E402
from ..models.device_stats import DeviceStats  # noqa: E402
from ..models.device_waba import DeviceWaba  # noqa: E402
