from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class TeamUserSettings(ApiModel):
    """
    Attributes:
        language (str | None)
        timezone (str | None)
        color (str | None)
        retention_policy (str | None)
        billing_email (str | None)
    """

    language: str | None = None
    timezone: str | None = None
    color: str | None = None
    retention_policy: str | None = None
    billing_email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


TeamUserSettings._api_fields = {
    "language": ("language", None),
    "timezone": ("timezone", None),
    "color": ("color", None),
    "retentionPolicy": ("retention_policy", None),
    "billingEmail": ("billing_email", None),
}
