from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_connector import DeviceConnector
from ..models.device_status import DeviceStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """WhatsApp number (device).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        phone (str | Unset): Phone number in E.164 format.
        wid (str | Unset): WhatsApp ID of the number.
        alias (str | Unset):
        description (str | Unset):
        connector (DeviceConnector | Unset):
        version (int | Unset):
        user (str | Unset): Owner user ID.
        status (DeviceStatus | Unset): Device status.
        cancel_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        disabled_at (datetime.datetime | None | Unset):
        agents (list[DeviceAgentsItem] | Unset):
        waba (DeviceWaba | Unset): WhatsApp Business API (cloud) number details.
        session (DeviceSession | Unset): WhatsApp session state of a device (number).
        queue (DeviceQueue | Unset): Outbound message queue summary.
        profile (DeviceProfile | Unset): WhatsApp profile summary.
        info (DeviceInfo | Unset): Phone / WhatsApp app information.
        settings (DeviceSettings | Unset): Number settings.
        group_chats (DeviceGroupChats | Unset):
        quick_replies (DeviceQuickReplies | Unset):
        labels (DeviceLabels | Unset):
        auto_assign (DeviceAutoAssign | Unset): Chat auto-assignment settings.
        auto_replies (DeviceAutoReplies | Unset): Auto-reply settings: welcome, away, busy, call (free-form).
        billing (DeviceBilling | Unset): Billing data: subscription plan, status, usage (free-form).
        metrics (DeviceMetrics | Unset): Chat and message counters (free-form).
        stats (DeviceStats | Unset): Delivery statistics per period (free-form).
        logs (list[DeviceLog] | Unset):
    """

    id: str
    phone: str | Unset = UNSET
    wid: str | Unset = UNSET
    alias: str | Unset = UNSET
    description: str | Unset = UNSET
    connector: DeviceConnector | Unset = UNSET
    version: int | Unset = UNSET
    user: str | Unset = UNSET
    status: DeviceStatus | Unset = UNSET
    cancel_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    disabled_at: datetime.datetime | None | Unset = UNSET
    agents: list[DeviceAgentsItem] | Unset = UNSET
    waba: DeviceWaba | Unset = UNSET
    session: DeviceSession | Unset = UNSET
    queue: DeviceQueue | Unset = UNSET
    profile: DeviceProfile | Unset = UNSET
    info: DeviceInfo | Unset = UNSET
    settings: DeviceSettings | Unset = UNSET
    group_chats: DeviceGroupChats | Unset = UNSET
    quick_replies: DeviceQuickReplies | Unset = UNSET
    labels: DeviceLabels | Unset = UNSET
    auto_assign: DeviceAutoAssign | Unset = UNSET
    auto_replies: DeviceAutoReplies | Unset = UNSET
    billing: DeviceBilling | Unset = UNSET
    metrics: DeviceMetrics | Unset = UNSET
    stats: DeviceStats | Unset = UNSET
    logs: list[DeviceLog] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        wid = self.wid

        alias = self.alias

        description = self.description

        connector: str | Unset = UNSET
        if not isinstance(self.connector, Unset):
            connector = self.connector.value

        version = self.version

        user = self.user

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        cancel_at: None | str | Unset
        if isinstance(self.cancel_at, Unset):
            cancel_at = UNSET
        elif isinstance(self.cancel_at, datetime.datetime):
            cancel_at = self.cancel_at.isoformat()
        else:
            cancel_at = self.cancel_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        disabled_at: None | str | Unset
        if isinstance(self.disabled_at, Unset):
            disabled_at = UNSET
        elif isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        waba: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waba, Unset):
            waba = self.waba.to_dict()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        group_chats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_chats, Unset):
            group_chats = self.group_chats.to_dict()

        quick_replies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_replies, Unset):
            quick_replies = self.quick_replies.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        auto_assign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_assign, Unset):
            auto_assign = self.auto_assign.to_dict()

        auto_replies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_replies, Unset):
            auto_replies = self.auto_replies.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if wid is not UNSET:
            field_dict["wid"] = wid
        if alias is not UNSET:
            field_dict["alias"] = alias
        if description is not UNSET:
            field_dict["description"] = description
        if connector is not UNSET:
            field_dict["connector"] = connector
        if version is not UNSET:
            field_dict["version"] = version
        if user is not UNSET:
            field_dict["user"] = user
        if status is not UNSET:
            field_dict["status"] = status
        if cancel_at is not UNSET:
            field_dict["cancelAt"] = cancel_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if disabled_at is not UNSET:
            field_dict["disabledAt"] = disabled_at
        if agents is not UNSET:
            field_dict["agents"] = agents
        if waba is not UNSET:
            field_dict["waba"] = waba
        if session is not UNSET:
            field_dict["session"] = session
        if queue is not UNSET:
            field_dict["queue"] = queue
        if profile is not UNSET:
            field_dict["profile"] = profile
        if info is not UNSET:
            field_dict["info"] = info
        if settings is not UNSET:
            field_dict["settings"] = settings
        if group_chats is not UNSET:
            field_dict["groupChats"] = group_chats
        if quick_replies is not UNSET:
            field_dict["quickReplies"] = quick_replies
        if labels is not UNSET:
            field_dict["labels"] = labels
        if auto_assign is not UNSET:
            field_dict["autoAssign"] = auto_assign
        if auto_replies is not UNSET:
            field_dict["autoReplies"] = auto_replies
        if billing is not UNSET:
            field_dict["billing"] = billing
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if stats is not UNSET:
            field_dict["stats"] = stats
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone", UNSET)

        wid = d.pop("wid", UNSET)

        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        _connector = d.pop("connector", UNSET)
        connector: DeviceConnector | Unset
        if isinstance(_connector, Unset):
            connector = UNSET
        else:
            connector = DeviceConnector(_connector)

        version = d.pop("version", UNSET)

        user = d.pop("user", UNSET)

        _status = d.pop("status", UNSET)
        status: DeviceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeviceStatus(_status)

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
            return cast(datetime.datetime | None | Unset, data)

        cancel_at = _parse_cancel_at(d.pop("cancelAt", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        disabled_at = _parse_disabled_at(d.pop("disabledAt", UNSET))

        _agents = d.pop("agents", UNSET)
        agents: list[DeviceAgentsItem] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = DeviceAgentsItem.from_dict(agents_item_data)

                agents.append(agents_item)

        _waba = d.pop("waba", UNSET)
        waba: DeviceWaba | Unset
        if isinstance(_waba, Unset):
            waba = UNSET
        else:
            waba = DeviceWaba.from_dict(_waba)

        _session = d.pop("session", UNSET)
        session: DeviceSession | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = DeviceSession.from_dict(_session)

        _queue = d.pop("queue", UNSET)
        queue: DeviceQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = DeviceQueue.from_dict(_queue)

        _profile = d.pop("profile", UNSET)
        profile: DeviceProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = DeviceProfile.from_dict(_profile)

        _info = d.pop("info", UNSET)
        info: DeviceInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = DeviceInfo.from_dict(_info)

        _settings = d.pop("settings", UNSET)
        settings: DeviceSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = DeviceSettings.from_dict(_settings)

        _group_chats = d.pop("groupChats", UNSET)
        group_chats: DeviceGroupChats | Unset
        if isinstance(_group_chats, Unset):
            group_chats = UNSET
        else:
            group_chats = DeviceGroupChats.from_dict(_group_chats)

        _quick_replies = d.pop("quickReplies", UNSET)
        quick_replies: DeviceQuickReplies | Unset
        if isinstance(_quick_replies, Unset):
            quick_replies = UNSET
        else:
            quick_replies = DeviceQuickReplies.from_dict(_quick_replies)

        _labels = d.pop("labels", UNSET)
        labels: DeviceLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = DeviceLabels.from_dict(_labels)

        _auto_assign = d.pop("autoAssign", UNSET)
        auto_assign: DeviceAutoAssign | Unset
        if isinstance(_auto_assign, Unset):
            auto_assign = UNSET
        else:
            auto_assign = DeviceAutoAssign.from_dict(_auto_assign)

        _auto_replies = d.pop("autoReplies", UNSET)
        auto_replies: DeviceAutoReplies | Unset
        if isinstance(_auto_replies, Unset):
            auto_replies = UNSET
        else:
            auto_replies = DeviceAutoReplies.from_dict(_auto_replies)

        _billing = d.pop("billing", UNSET)
        billing: DeviceBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = DeviceBilling.from_dict(_billing)

        _metrics = d.pop("metrics", UNSET)
        metrics: DeviceMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DeviceMetrics.from_dict(_metrics)

        _stats = d.pop("stats", UNSET)
        stats: DeviceStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = DeviceStats.from_dict(_stats)

        _logs = d.pop("logs", UNSET)
        logs: list[DeviceLog] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = DeviceLog.from_dict(logs_item_data)

                logs.append(logs_item)

        device = cls(
            id=id,
            phone=phone,
            wid=wid,
            alias=alias,
            description=description,
            connector=connector,
            version=version,
            user=user,
            status=status,
            cancel_at=cancel_at,
            deleted_at=deleted_at,
            disabled_at=disabled_at,
            agents=agents,
            waba=waba,
            session=session,
            queue=queue,
            profile=profile,
            info=info,
            settings=settings,
            group_chats=group_chats,
            quick_replies=quick_replies,
            labels=labels,
            auto_assign=auto_assign,
            auto_replies=auto_replies,
            billing=billing,
            metrics=metrics,
            stats=stats,
            logs=logs,
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
