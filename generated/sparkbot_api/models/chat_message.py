from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_ack import ChatMessageAck
from ..models.chat_message_flow import ChatMessageFlow
from ..models.chat_message_mtype import ChatMessageMtype
from ..types import ApiModel, compact_repr, each, either, member, nullable


@_attrs_define
class ChatMessage(ApiModel):
    """Chat message (inbound or outbound) stored in a chat.

    Attributes:
        id (str | None): Chat or message id (what the API keys items by).
        wid (str | None): WhatsApp message ID.
        chat_wid (str | None)
        wid_full (str | None)
        device (ChatMessageDeviceType1 | str | None): Device (number) ID: an id, or the document itself.
        agent (ChatMessageAgentType1 | str | None): Agent user ID, if any: an id, or the document itself.
        campaign (ChatMessageCampaignType1 | str | None): Campaign ID, if any: an id, or the document itself.
        mtype (ChatMessageMtype | None)
        flow (ChatMessageFlow | None)
        from_ (str | None)
        to (str | None)
        ack (ChatMessageAck | None)
        kind (str | None): Message kind: text, image, video, ...
        subtype (str | None)
        date (datetime.datetime | None)
        edited_at (datetime.datetime | None)
        reference (str | None)
        trigger (str | None)
        original_wid (str | None)
        original_waba_id (str | None)
        body (str | None): Message text.
        title (str | None)
        header (str | None)
        header_type (str | None)
        header_file (str | None)
        header_filename (str | None)
        header_url (str | None)
        footer (str | None)
        webhook_status (str | None)
        webhook_synced_at (datetime.datetime | None)
        chat (ChatMessageChat | None): Chat summary (free-form).
        from_contact (ChatMessageFromContact | None): Sender contact (free-form).
        to_contact (ChatMessageToContact | None): Recipient contact (free-form).
        author (ChatMessageAuthor | None): Group message author (free-form).
        location (ChatMessageLocation | None)
        media (ChatMessageMedia | None)
        link_preview (ChatMessageLinkPreview | None)
        vcards (list[ChatMessageVcardsItem] | None)
        quoted (ChatMessageQuoted | None): Quoted message summary.
        header_location (ChatMessageHeaderLocation | None)
        list_ (ChatMessageList | None)
        product (ChatMessageProduct | None)
        order (ChatMessageOrder | None)
        poll (ChatMessagePoll | None)
        event (ChatMessageEvent | None)
        template (ChatMessageTemplate | None)
        meta (ChatMessageMeta | None): Message flags.
        pricing (ChatMessagePricing | None)
        error (ChatMessageError | None): Delivery error, if any.
    """

    id: str | None = None
    wid: str | None = None
    chat_wid: str | None = None
    wid_full: str | None = None
    device: ChatMessageDeviceType1 | str | None = None
    agent: ChatMessageAgentType1 | str | None = None
    campaign: ChatMessageCampaignType1 | str | None = None
    mtype: ChatMessageMtype | None = None
    flow: ChatMessageFlow | None = None
    from_: str | None = None
    to: str | None = None
    ack: ChatMessageAck | None = None
    kind: str | None = None
    subtype: str | None = None
    date: datetime.datetime | None = None
    edited_at: datetime.datetime | None = None
    reference: str | None = None
    trigger: str | None = None
    original_wid: str | None = None
    original_waba_id: str | None = None
    body: str | None = None
    title: str | None = None
    header: str | None = None
    header_type: str | None = None
    header_file: str | None = None
    header_filename: str | None = None
    header_url: str | None = None
    footer: str | None = None
    webhook_status: str | None = None
    webhook_synced_at: datetime.datetime | None = None
    chat: ChatMessageChat | None = None
    from_contact: ChatMessageFromContact | None = None
    to_contact: ChatMessageToContact | None = None
    author: ChatMessageAuthor | None = None
    location: ChatMessageLocation | None = None
    media: ChatMessageMedia | None = None
    link_preview: ChatMessageLinkPreview | None = None
    vcards: list[ChatMessageVcardsItem] | None = None
    quoted: ChatMessageQuoted | None = None
    header_location: ChatMessageHeaderLocation | None = None
    list_: ChatMessageList | None = None
    product: ChatMessageProduct | None = None
    order: ChatMessageOrder | None = None
    poll: ChatMessagePoll | None = None
    event: ChatMessageEvent | None = None
    template: ChatMessageTemplate | None = None
    meta: ChatMessageMeta | None = None
    pricing: ChatMessagePricing | None = None
    error: ChatMessageError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_message_agent_type_1 import ChatMessageAgentType1  # noqa: E402
from ..models.chat_message_author import ChatMessageAuthor  # noqa: E402
from ..models.chat_message_campaign_type_1 import ChatMessageCampaignType1  # noqa: E402
from ..models.chat_message_chat import ChatMessageChat  # noqa: E402
from ..models.chat_message_device_type_1 import ChatMessageDeviceType1  # noqa: E402
from ..models.chat_message_error import ChatMessageError  # noqa: E402
from ..models.chat_message_event import ChatMessageEvent  # noqa: E402
from ..models.chat_message_from_contact import ChatMessageFromContact  # noqa: E402
from ..models.chat_message_header_location import ChatMessageHeaderLocation  # noqa: E402
from ..models.chat_message_link_preview import ChatMessageLinkPreview  # noqa: E402
from ..models.chat_message_list import ChatMessageList  # noqa: E402
from ..models.chat_message_location import ChatMessageLocation  # noqa: E402
from ..models.chat_message_media import ChatMessageMedia  # noqa: E402
from ..models.chat_message_meta import ChatMessageMeta  # noqa: E402
from ..models.chat_message_order import ChatMessageOrder  # noqa: E402
from ..models.chat_message_poll import ChatMessagePoll  # noqa: E402
from ..models.chat_message_pricing import ChatMessagePricing  # noqa: E402
from ..models.chat_message_product import ChatMessageProduct  # noqa: E402
from ..models.chat_message_quoted import ChatMessageQuoted  # noqa: E402
from ..models.chat_message_template import ChatMessageTemplate  # noqa: E402
from ..models.chat_message_to_contact import ChatMessageToContact  # noqa: E402
from ..models.chat_message_vcards_item import ChatMessageVcardsItem  # noqa: E402

ChatMessage._api_fields = {
    "id": ("id", None),
    "wid": ("wid", None),
    "chatWid": ("chat_wid", None),
    "widFull": ("wid_full", None),
    "device": ("device", either((dict, ChatMessageDeviceType1.from_dict), as_is=True)),
    "agent": ("agent", either((dict, ChatMessageAgentType1.from_dict), as_is=True)),
    "campaign": ("campaign", either((dict, ChatMessageCampaignType1.from_dict), as_is=True)),
    "mtype": ("mtype", member(ChatMessageMtype)),
    "flow": ("flow", member(ChatMessageFlow)),
    "from": ("from_", None),
    "to": ("to", None),
    "ack": ("ack", member(ChatMessageAck)),
    "kind": ("kind", None),
    "subtype": ("subtype", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "editedAt": ("edited_at", nullable(datetime.datetime.fromisoformat)),
    "reference": ("reference", None),
    "trigger": ("trigger", None),
    "originalWid": ("original_wid", None),
    "originalWabaId": ("original_waba_id", None),
    "body": ("body", None),
    "title": ("title", None),
    "header": ("header", None),
    "headerType": ("header_type", None),
    "headerFile": ("header_file", None),
    "headerFilename": ("header_filename", None),
    "headerUrl": ("header_url", None),
    "footer": ("footer", None),
    "webhookStatus": ("webhook_status", None),
    "webhookSyncedAt": ("webhook_synced_at", nullable(datetime.datetime.fromisoformat)),
    "chat": ("chat", ChatMessageChat.from_dict),
    "fromContact": ("from_contact", ChatMessageFromContact.from_dict),
    "toContact": ("to_contact", ChatMessageToContact.from_dict),
    "author": ("author", ChatMessageAuthor.from_dict),
    "location": ("location", ChatMessageLocation.from_dict),
    "media": ("media", ChatMessageMedia.from_dict),
    "linkPreview": ("link_preview", ChatMessageLinkPreview.from_dict),
    "vcards": ("vcards", each(ChatMessageVcardsItem.from_dict)),
    "quoted": ("quoted", ChatMessageQuoted.from_dict),
    "headerLocation": ("header_location", ChatMessageHeaderLocation.from_dict),
    "list": ("list_", ChatMessageList.from_dict),
    "product": ("product", ChatMessageProduct.from_dict),
    "order": ("order", ChatMessageOrder.from_dict),
    "poll": ("poll", ChatMessagePoll.from_dict),
    "event": ("event", ChatMessageEvent.from_dict),
    "template": ("template", ChatMessageTemplate.from_dict),
    "meta": ("meta", ChatMessageMeta.from_dict),
    "pricing": ("pricing", ChatMessagePricing.from_dict),
    "error": ("error", ChatMessageError.from_dict),
}
