from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_ack import ChatMessageAck
from ..models.chat_message_flow import ChatMessageFlow
from ..models.chat_message_mtype import ChatMessageMtype
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.chat_wid is not None:
            field_dict["chatWid"] = self.chat_wid

        if self.wid_full is not None:
            field_dict["widFull"] = self.wid_full

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, ChatMessageDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _agent_value = UNSET if self.agent is None else self.agent
        agent: dict[str, Any] | str | Unset
        if isinstance(_agent_value, Unset):
            agent = UNSET
        elif isinstance(_agent_value, ChatMessageAgentType1):
            agent = _agent_value.to_dict()
        else:
            agent = _agent_value
        if agent is not UNSET:
            field_dict["agent"] = agent

        _campaign_value = UNSET if self.campaign is None else self.campaign
        campaign: dict[str, Any] | str | Unset
        if isinstance(_campaign_value, Unset):
            campaign = UNSET
        elif isinstance(_campaign_value, ChatMessageCampaignType1):
            campaign = _campaign_value.to_dict()
        else:
            campaign = _campaign_value
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        _mtype_value = UNSET if self.mtype is None else self.mtype
        mtype: str | Unset = UNSET
        if not isinstance(_mtype_value, Unset):
            mtype = _mtype_value.value

        if mtype is not UNSET:
            field_dict["mtype"] = mtype

        _flow_value = UNSET if self.flow is None else self.flow
        flow: str | Unset = UNSET
        if not isinstance(_flow_value, Unset):
            flow = _flow_value.value

        if flow is not UNSET:
            field_dict["flow"] = flow

        if self.from_ is not None:
            field_dict["from"] = self.from_

        if self.to is not None:
            field_dict["to"] = self.to

        _ack_value = UNSET if self.ack is None else self.ack
        ack: str | Unset = UNSET
        if not isinstance(_ack_value, Unset):
            ack = _ack_value.value

        if ack is not UNSET:
            field_dict["ack"] = ack

        if self.kind is not None:
            field_dict["kind"] = self.kind

        if self.subtype is not None:
            field_dict["subtype"] = self.subtype

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

        _edited_at_value = UNSET if self.edited_at is None else self.edited_at
        edited_at: None | str | Unset
        if isinstance(_edited_at_value, Unset):
            edited_at = UNSET
        elif isinstance(_edited_at_value, datetime.datetime):
            edited_at = api_datetime(_edited_at_value)
        else:
            edited_at = _edited_at_value
        if edited_at is not UNSET:
            field_dict["editedAt"] = edited_at

        if self.reference is not None:
            field_dict["reference"] = self.reference

        if self.trigger is not None:
            field_dict["trigger"] = self.trigger

        if self.original_wid is not None:
            field_dict["originalWid"] = self.original_wid

        if self.original_waba_id is not None:
            field_dict["originalWabaId"] = self.original_waba_id

        if self.body is not None:
            field_dict["body"] = self.body

        if self.title is not None:
            field_dict["title"] = self.title

        if self.header is not None:
            field_dict["header"] = self.header

        if self.header_type is not None:
            field_dict["headerType"] = self.header_type

        if self.header_file is not None:
            field_dict["headerFile"] = self.header_file

        if self.header_filename is not None:
            field_dict["headerFilename"] = self.header_filename

        if self.header_url is not None:
            field_dict["headerUrl"] = self.header_url

        if self.footer is not None:
            field_dict["footer"] = self.footer

        if self.webhook_status is not None:
            field_dict["webhookStatus"] = self.webhook_status

        _webhook_synced_at_value = UNSET if self.webhook_synced_at is None else self.webhook_synced_at
        webhook_synced_at: None | str | Unset
        if isinstance(_webhook_synced_at_value, Unset):
            webhook_synced_at = UNSET
        elif isinstance(_webhook_synced_at_value, datetime.datetime):
            webhook_synced_at = api_datetime(_webhook_synced_at_value)
        else:
            webhook_synced_at = _webhook_synced_at_value
        if webhook_synced_at is not UNSET:
            field_dict["webhookSyncedAt"] = webhook_synced_at

        _chat_value = UNSET if self.chat is None else self.chat
        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(_chat_value, Unset):
            chat = _chat_value.to_dict()
        if chat is not UNSET:
            field_dict["chat"] = chat

        _from_contact_value = UNSET if self.from_contact is None else self.from_contact
        from_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(_from_contact_value, Unset):
            from_contact = _from_contact_value.to_dict()
        if from_contact is not UNSET:
            field_dict["fromContact"] = from_contact

        _to_contact_value = UNSET if self.to_contact is None else self.to_contact
        to_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(_to_contact_value, Unset):
            to_contact = _to_contact_value.to_dict()
        if to_contact is not UNSET:
            field_dict["toContact"] = to_contact

        _author_value = UNSET if self.author is None else self.author
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(_author_value, Unset):
            author = _author_value.to_dict()
        if author is not UNSET:
            field_dict["author"] = author

        _location_value = UNSET if self.location is None else self.location
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(_location_value, Unset):
            location = _location_value.to_dict()
        if location is not UNSET:
            field_dict["location"] = location

        _media_value = UNSET if self.media is None else self.media
        media: dict[str, Any] | Unset = UNSET
        if not isinstance(_media_value, Unset):
            media = _media_value.to_dict()
        if media is not UNSET:
            field_dict["media"] = media

        _link_preview_value = UNSET if self.link_preview is None else self.link_preview
        link_preview: dict[str, Any] | Unset = UNSET
        if not isinstance(_link_preview_value, Unset):
            link_preview = _link_preview_value.to_dict()
        if link_preview is not UNSET:
            field_dict["linkPreview"] = link_preview

        _vcards_value = UNSET if self.vcards is None else self.vcards
        vcards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_vcards_value, Unset):
            vcards = []
            for vcards_item_data in _vcards_value:
                vcards_item = vcards_item_data.to_dict()
                vcards.append(vcards_item)

        if vcards is not UNSET:
            field_dict["vcards"] = vcards

        _quoted_value = UNSET if self.quoted is None else self.quoted
        quoted: dict[str, Any] | Unset = UNSET
        if not isinstance(_quoted_value, Unset):
            quoted = _quoted_value.to_dict()
        if quoted is not UNSET:
            field_dict["quoted"] = quoted

        _header_location_value = UNSET if self.header_location is None else self.header_location
        header_location: dict[str, Any] | Unset = UNSET
        if not isinstance(_header_location_value, Unset):
            header_location = _header_location_value.to_dict()
        if header_location is not UNSET:
            field_dict["headerLocation"] = header_location

        _list__value = UNSET if self.list_ is None else self.list_
        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(_list__value, Unset):
            list_ = _list__value.to_dict()
        if list_ is not UNSET:
            field_dict["list"] = list_

        _product_value = UNSET if self.product is None else self.product
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(_product_value, Unset):
            product = _product_value.to_dict()
        if product is not UNSET:
            field_dict["product"] = product

        _order_value = UNSET if self.order is None else self.order
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(_order_value, Unset):
            order = _order_value.to_dict()
        if order is not UNSET:
            field_dict["order"] = order

        _poll_value = UNSET if self.poll is None else self.poll
        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(_poll_value, Unset):
            poll = _poll_value.to_dict()
        if poll is not UNSET:
            field_dict["poll"] = poll

        _event_value = UNSET if self.event is None else self.event
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(_event_value, Unset):
            event = _event_value.to_dict()
        if event is not UNSET:
            field_dict["event"] = event

        _template_value = UNSET if self.template is None else self.template
        template: dict[str, Any] | Unset = UNSET
        if not isinstance(_template_value, Unset):
            template = _template_value.to_dict()
        if template is not UNSET:
            field_dict["template"] = template

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        _pricing_value = UNSET if self.pricing is None else self.pricing
        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(_pricing_value, Unset):
            pricing = _pricing_value.to_dict()
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        _error_value = UNSET if self.error is None else self.error
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(_error_value, Unset):
            error = _error_value.to_dict()
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        chat_wid = d.pop("chatWid", UNSET)

        wid_full = d.pop("widFull", UNSET)

        try:

            def _parse_device(data: object) -> ChatMessageDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = ChatMessageDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatMessageDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        try:

            def _parse_agent(data: object) -> ChatMessageAgentType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    agent_type_1 = ChatMessageAgentType1.from_dict(data)

                    return agent_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatMessageAgentType1 | str | Unset, data)

            agent = _parse_agent(d.get("agent", UNSET))

        except LENIENT:
            agent = UNSET
        else:
            d.pop("agent", None)

        try:

            def _parse_campaign(data: object) -> ChatMessageCampaignType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    campaign_type_1 = ChatMessageCampaignType1.from_dict(data)

                    return campaign_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ChatMessageCampaignType1 | str | Unset, data)

            campaign = _parse_campaign(d.get("campaign", UNSET))

        except LENIENT:
            campaign = UNSET
        else:
            d.pop("campaign", None)

        try:
            _mtype = d.get("mtype", UNSET)
            mtype: ChatMessageMtype | Unset
            if isinstance(_mtype, Unset):
                mtype = UNSET
            else:
                mtype = ChatMessageMtype(_mtype)

        except LENIENT:
            mtype = UNSET
        else:
            d.pop("mtype", None)

        try:
            _flow = d.get("flow", UNSET)
            flow: ChatMessageFlow | Unset
            if isinstance(_flow, Unset):
                flow = UNSET
            else:
                flow = ChatMessageFlow(_flow)

        except LENIENT:
            flow = UNSET
        else:
            d.pop("flow", None)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        try:
            _ack = d.get("ack", UNSET)
            ack: ChatMessageAck | Unset
            if isinstance(_ack, Unset):
                ack = UNSET
            else:
                ack = ChatMessageAck(_ack)

        except LENIENT:
            ack = UNSET
        else:
            d.pop("ack", None)

        kind = d.pop("kind", UNSET)

        subtype = d.pop("subtype", UNSET)

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

        try:

            def _parse_edited_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    edited_at_type_0 = datetime.datetime.fromisoformat(data)

                    return edited_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            edited_at = _parse_edited_at(d.get("editedAt", UNSET))

        except LENIENT:
            edited_at = UNSET
        else:
            d.pop("editedAt", None)

        reference = d.pop("reference", UNSET)

        trigger = d.pop("trigger", UNSET)

        original_wid = d.pop("originalWid", UNSET)

        original_waba_id = d.pop("originalWabaId", UNSET)

        body = d.pop("body", UNSET)

        title = d.pop("title", UNSET)

        header = d.pop("header", UNSET)

        header_type = d.pop("headerType", UNSET)

        header_file = d.pop("headerFile", UNSET)

        header_filename = d.pop("headerFilename", UNSET)

        header_url = d.pop("headerUrl", UNSET)

        footer = d.pop("footer", UNSET)

        webhook_status = d.pop("webhookStatus", UNSET)

        try:

            def _parse_webhook_synced_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    webhook_synced_at_type_0 = datetime.datetime.fromisoformat(data)

                    return webhook_synced_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            webhook_synced_at = _parse_webhook_synced_at(d.get("webhookSyncedAt", UNSET))

        except LENIENT:
            webhook_synced_at = UNSET
        else:
            d.pop("webhookSyncedAt", None)

        try:
            _chat = d.get("chat", UNSET)
            chat: ChatMessageChat | Unset
            if isinstance(_chat, Unset):
                chat = UNSET
            else:
                chat = ChatMessageChat.from_dict(_chat)

        except LENIENT:
            chat = UNSET
        else:
            d.pop("chat", None)

        try:
            _from_contact = d.get("fromContact", UNSET)
            from_contact: ChatMessageFromContact | Unset
            if isinstance(_from_contact, Unset):
                from_contact = UNSET
            else:
                from_contact = ChatMessageFromContact.from_dict(_from_contact)

        except LENIENT:
            from_contact = UNSET
        else:
            d.pop("fromContact", None)

        try:
            _to_contact = d.get("toContact", UNSET)
            to_contact: ChatMessageToContact | Unset
            if isinstance(_to_contact, Unset):
                to_contact = UNSET
            else:
                to_contact = ChatMessageToContact.from_dict(_to_contact)

        except LENIENT:
            to_contact = UNSET
        else:
            d.pop("toContact", None)

        try:
            _author = d.get("author", UNSET)
            author: ChatMessageAuthor | Unset
            if isinstance(_author, Unset):
                author = UNSET
            else:
                author = ChatMessageAuthor.from_dict(_author)

        except LENIENT:
            author = UNSET
        else:
            d.pop("author", None)

        try:
            _location = d.get("location", UNSET)
            location: ChatMessageLocation | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = ChatMessageLocation.from_dict(_location)

        except LENIENT:
            location = UNSET
        else:
            d.pop("location", None)

        try:
            _media = d.get("media", UNSET)
            media: ChatMessageMedia | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = ChatMessageMedia.from_dict(_media)

        except LENIENT:
            media = UNSET
        else:
            d.pop("media", None)

        try:
            _link_preview = d.get("linkPreview", UNSET)
            link_preview: ChatMessageLinkPreview | Unset
            if isinstance(_link_preview, Unset):
                link_preview = UNSET
            else:
                link_preview = ChatMessageLinkPreview.from_dict(_link_preview)

        except LENIENT:
            link_preview = UNSET
        else:
            d.pop("linkPreview", None)

        try:
            _vcards = d.get("vcards", UNSET)
            vcards: list[ChatMessageVcardsItem] | Unset = UNSET
            if _vcards is not UNSET:
                vcards = []
                for vcards_item_data in _vcards:
                    vcards_item = ChatMessageVcardsItem.from_dict(vcards_item_data)

                    vcards.append(vcards_item)

        except LENIENT:
            vcards = UNSET
        else:
            d.pop("vcards", None)

        try:
            _quoted = d.get("quoted", UNSET)
            quoted: ChatMessageQuoted | Unset
            if isinstance(_quoted, Unset):
                quoted = UNSET
            else:
                quoted = ChatMessageQuoted.from_dict(_quoted)

        except LENIENT:
            quoted = UNSET
        else:
            d.pop("quoted", None)

        try:
            _header_location = d.get("headerLocation", UNSET)
            header_location: ChatMessageHeaderLocation | Unset
            if isinstance(_header_location, Unset):
                header_location = UNSET
            else:
                header_location = ChatMessageHeaderLocation.from_dict(_header_location)

        except LENIENT:
            header_location = UNSET
        else:
            d.pop("headerLocation", None)

        try:
            _list_ = d.get("list", UNSET)
            list_: ChatMessageList | Unset
            if isinstance(_list_, Unset):
                list_ = UNSET
            else:
                list_ = ChatMessageList.from_dict(_list_)

        except LENIENT:
            list_ = UNSET
        else:
            d.pop("list", None)

        try:
            _product = d.get("product", UNSET)
            product: ChatMessageProduct | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = ChatMessageProduct.from_dict(_product)

        except LENIENT:
            product = UNSET
        else:
            d.pop("product", None)

        try:
            _order = d.get("order", UNSET)
            order: ChatMessageOrder | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = ChatMessageOrder.from_dict(_order)

        except LENIENT:
            order = UNSET
        else:
            d.pop("order", None)

        try:
            _poll = d.get("poll", UNSET)
            poll: ChatMessagePoll | Unset
            if isinstance(_poll, Unset):
                poll = UNSET
            else:
                poll = ChatMessagePoll.from_dict(_poll)

        except LENIENT:
            poll = UNSET
        else:
            d.pop("poll", None)

        try:
            _event = d.get("event", UNSET)
            event: ChatMessageEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = ChatMessageEvent.from_dict(_event)

        except LENIENT:
            event = UNSET
        else:
            d.pop("event", None)

        try:
            _template = d.get("template", UNSET)
            template: ChatMessageTemplate | Unset
            if isinstance(_template, Unset):
                template = UNSET
            else:
                template = ChatMessageTemplate.from_dict(_template)

        except LENIENT:
            template = UNSET
        else:
            d.pop("template", None)

        try:
            _meta = d.get("meta", UNSET)
            meta: ChatMessageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ChatMessageMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        try:
            _pricing = d.get("pricing", UNSET)
            pricing: ChatMessagePricing | Unset
            if isinstance(_pricing, Unset):
                pricing = UNSET
            else:
                pricing = ChatMessagePricing.from_dict(_pricing)

        except LENIENT:
            pricing = UNSET
        else:
            d.pop("pricing", None)

        try:
            _error = d.get("error", UNSET)
            error: ChatMessageError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ChatMessageError.from_dict(_error)

        except LENIENT:
            error = UNSET
        else:
            d.pop("error", None)

        chat_message = cls(
            id=None if isinstance(id, Unset) else id,
            wid=None if isinstance(wid, Unset) else wid,
            chat_wid=None if isinstance(chat_wid, Unset) else chat_wid,
            wid_full=None if isinstance(wid_full, Unset) else wid_full,
            device=None if isinstance(device, Unset) else device,
            agent=None if isinstance(agent, Unset) else agent,
            campaign=None if isinstance(campaign, Unset) else campaign,
            mtype=None if isinstance(mtype, Unset) else mtype,
            flow=None if isinstance(flow, Unset) else flow,
            from_=None if isinstance(from_, Unset) else from_,
            to=None if isinstance(to, Unset) else to,
            ack=None if isinstance(ack, Unset) else ack,
            kind=None if isinstance(kind, Unset) else kind,
            subtype=None if isinstance(subtype, Unset) else subtype,
            date=None if isinstance(date, Unset) else date,
            edited_at=None if isinstance(edited_at, Unset) else edited_at,
            reference=None if isinstance(reference, Unset) else reference,
            trigger=None if isinstance(trigger, Unset) else trigger,
            original_wid=None if isinstance(original_wid, Unset) else original_wid,
            original_waba_id=None if isinstance(original_waba_id, Unset) else original_waba_id,
            body=None if isinstance(body, Unset) else body,
            title=None if isinstance(title, Unset) else title,
            header=None if isinstance(header, Unset) else header,
            header_type=None if isinstance(header_type, Unset) else header_type,
            header_file=None if isinstance(header_file, Unset) else header_file,
            header_filename=None if isinstance(header_filename, Unset) else header_filename,
            header_url=None if isinstance(header_url, Unset) else header_url,
            footer=None if isinstance(footer, Unset) else footer,
            webhook_status=None if isinstance(webhook_status, Unset) else webhook_status,
            webhook_synced_at=None if isinstance(webhook_synced_at, Unset) else webhook_synced_at,
            chat=None if isinstance(chat, Unset) else chat,
            from_contact=None if isinstance(from_contact, Unset) else from_contact,
            to_contact=None if isinstance(to_contact, Unset) else to_contact,
            author=None if isinstance(author, Unset) else author,
            location=None if isinstance(location, Unset) else location,
            media=None if isinstance(media, Unset) else media,
            link_preview=None if isinstance(link_preview, Unset) else link_preview,
            vcards=None if isinstance(vcards, Unset) else vcards,
            quoted=None if isinstance(quoted, Unset) else quoted,
            header_location=None if isinstance(header_location, Unset) else header_location,
            list_=None if isinstance(list_, Unset) else list_,
            product=None if isinstance(product, Unset) else product,
            order=None if isinstance(order, Unset) else order,
            poll=None if isinstance(poll, Unset) else poll,
            event=None if isinstance(event, Unset) else event,
            template=None if isinstance(template, Unset) else template,
            meta=None if isinstance(meta, Unset) else meta,
            pricing=None if isinstance(pricing, Unset) else pricing,
            error=None if isinstance(error, Unset) else error,
        )

        chat_message.additional_properties = d
        return chat_message

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
