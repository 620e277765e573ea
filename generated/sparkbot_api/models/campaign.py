from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_mode import CampaignMode
from ..models.campaign_source import CampaignSource
from ..models.campaign_status import CampaignStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class Campaign(ApiModel):
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


from ..models.campaign_device_type_1 import CampaignDeviceType1  # noqa: E402
from ..models.campaign_file_type_1 import CampaignFileType1  # noqa: E402
from ..models.campaign_owner_type_1 import CampaignOwnerType1  # noqa: E402
from ..models.campaign_settings import CampaignSettings  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402
from ..models.campaign_unsubscribe import CampaignUnsubscribe  # noqa: E402
from ..models.campaign_user_type_1 import CampaignUserType1  # noqa: E402

Campaign._api_fields = {
    "id": ("id", None),
    "name": ("name", None),
    "status": ("status", member(CampaignStatus)),
    "user": ("user", either((dict, CampaignUserType1.from_dict), as_is=True)),
    "owner": ("owner", either((dict, CampaignOwnerType1.from_dict), as_is=True)),
    "device": ("device", either((dict, CampaignDeviceType1.from_dict), as_is=True)),
    "clone": ("clone", None),
    "file": ("file", either((dict, CampaignFileType1.from_dict), as_is=True)),
    "mode": ("mode", member(CampaignMode)),
    "source": ("source", member(CampaignSource)),
    "message": ("message", None),
    "template": ("template", None),
    "templateLanguage": ("template_language", None),
    "failureReason": ("failure_reason", None),
    "failureMessage": ("failure_message", None),
    "startedAt": ("started_at", nullable(datetime.datetime.fromisoformat)),
    "completedAt": ("completed_at", nullable(datetime.datetime.fromisoformat)),
    "stoppedAt": ("stopped_at", nullable(datetime.datetime.fromisoformat)),
    "canceledAt": ("canceled_at", nullable(datetime.datetime.fromisoformat)),
    "removedAt": ("removed_at", nullable(datetime.datetime.fromisoformat)),
    "unsubscribe": ("unsubscribe", CampaignUnsubscribe.from_dict),
    "stats": ("stats", CampaignStats.from_dict),
    "settings": ("settings", CampaignSettings.from_dict),
}
