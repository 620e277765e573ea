from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_connector import DeviceConnector
from ..models.device_status import DeviceStatus
from ..types import ApiModel, compact_repr, each, member, nullable


@_attrs_define
class Device(ApiModel):
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

Device._api_fields = {
    "id": ("id", None),
    "phone": ("phone", None),
    "wid": ("wid", None),
    "alias": ("alias", None),
    "description": ("description", None),
    "connector": ("connector", member(DeviceConnector)),
    "version": ("version", None),
    "user": ("user", None),
    "status": ("status", member(DeviceStatus)),
    "cancelAt": ("cancel_at", nullable(datetime.datetime.fromisoformat)),
    "deletedAt": ("deleted_at", nullable(datetime.datetime.fromisoformat)),
    "disabledAt": ("disabled_at", nullable(datetime.datetime.fromisoformat)),
    "agents": ("agents", each(DeviceAgentsItem.from_dict)),
    "waba": ("waba", DeviceWaba.from_dict),
    "session": ("session", DeviceSession.from_dict),
    "queue": ("queue", DeviceQueue.from_dict),
    "profile": ("profile", DeviceProfile.from_dict),
    "info": ("info", DeviceInfo.from_dict),
    "settings": ("settings", DeviceSettings.from_dict),
    "groupChats": ("group_chats", DeviceGroupChats.from_dict),
    "quickReplies": ("quick_replies", DeviceQuickReplies.from_dict),
    "labels": ("labels", DeviceLabels.from_dict),
    "autoAssign": ("auto_assign", DeviceAutoAssign.from_dict),
    "autoReplies": ("auto_replies", DeviceAutoReplies.from_dict),
    "billing": ("billing", DeviceBilling.from_dict),
    "metrics": ("metrics", DeviceMetrics.from_dict),
    "stats": ("stats", DeviceStats.from_dict),
    "logs": ("logs", each(DeviceLog.from_dict)),
}
