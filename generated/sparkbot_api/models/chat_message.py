from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_ack import ChatMessageAck
from ..models.chat_message_flow import ChatMessageFlow
from ..models.chat_message_mtype import ChatMessageMtype
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """Chat message (inbound or outbound) stored in a chat.

    Attributes:
        wid (str): WhatsApp message ID.
        chat_wid (str | Unset):
        wid_full (str | Unset):
        device (str | Unset): Device (number) ID.
        agent (str | Unset): Agent user ID
        campaign (str | Unset): Campaign ID
        mtype (ChatMessageMtype | Unset):
        flow (ChatMessageFlow | Unset):
        from_ (str | Unset):
        to (str | Unset):
        ack (ChatMessageAck | Unset):
        kind (str | Unset): Message kind: text, image, video, ...
        subtype (str | Unset):
        date (datetime.datetime | Unset):
        edited_at (datetime.datetime | Unset):
        reference (str | Unset):
        trigger (str | Unset):
        original_wid (str | Unset):
        original_waba_id (str | Unset):
        body (str | Unset): Message text.
        title (str | Unset):
        header (str | Unset):
        header_type (str | Unset):
        header_file (str | Unset):
        header_filename (str | Unset):
        header_url (str | Unset):
        footer (str | Unset):
        webhook_status (str | Unset):
        webhook_synced_at (datetime.datetime | Unset):
        chat (ChatMessageChat | Unset): Chat summary (free-form).
        from_contact (ChatMessageFromContact | Unset): Sender contact (free-form).
        to_contact (ChatMessageToContact | Unset): Recipient contact (free-form).
        author (ChatMessageAuthor | Unset): Group message author (free-form).
        location (ChatMessageLocation | Unset):
        media (ChatMessageMedia | Unset):
        link_preview (ChatMessageLinkPreview | Unset):
        vcards (list[ChatMessageVcardsItem] | Unset):
        quoted (ChatMessageQuoted | Unset): Quoted message summary.
        header_location (ChatMessageHeaderLocation | Unset):
        list_ (ChatMessageList | Unset):
        product (ChatMessageProduct | Unset):
        order (ChatMessageOrder | Unset):
        poll (ChatMessagePoll | Unset):
        event (ChatMessageEvent | Unset):
        template (ChatMessageTemplate | Unset):
        meta (ChatMessageMeta | Unset): Message flags.
        pricing (ChatMessagePricing | Unset):
        error (ChatMessageError | Unset): Delivery error, if any.
    """

    wid: str
    chat_wid: str | Unset = UNSET
    wid_full: str | Unset = UNSET
    device: str | Unset = UNSET
    agent: str | Unset = UNSET
    campaign: str | Unset = UNSET
    mtype: ChatMessageMtype | Unset = UNSET
    flow: ChatMessageFlow | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    ack: ChatMessageAck | Unset = UNSET
    kind: str | Unset = UNSET
    subtype: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    edited_at: datetime.datetime | Unset = UNSET
    reference: str | Unset = UNSET
    trigger: str | Unset = UNSET
    original_wid: str | Unset = UNSET
    original_waba_id: str | Unset = UNSET
    body: str | Unset = UNSET
    title: str | Unset = UNSET
    header: str | Unset = UNSET
    header_type: str | Unset = UNSET
    header_file: str | Unset = UNSET
    header_filename: str | Unset = UNSET
    header_url: str | Unset = UNSET
    footer: str | Unset = UNSET
    webhook_status: str | Unset = UNSET
    webhook_synced_at: datetime.datetime | Unset = UNSET
    chat: ChatMessageChat | Unset = UNSET
    from_contact: ChatMessageFromContact | Unset = UNSET
    to_contact: ChatMessageToContact | Unset = UNSET
    author: ChatMessageAuthor | Unset = UNSET
    location: ChatMessageLocation | Unset = UNSET
    media: ChatMessageMedia | Unset = UNSET
    link_preview: ChatMessageLinkPreview | Unset = UNSET
    vcards: list[ChatMessageVcardsItem] | Unset = UNSET
    quoted: ChatMessageQuoted | Unset = UNSET
    header_location: ChatMessageHeaderLocation | Unset = UNSET
    list_: ChatMessageList | Unset = UNSET
    product: ChatMessageProduct | Unset = UNSET
    order: ChatMessageOrder | Unset = UNSET
    poll: ChatMessagePoll | Unset = UNSET
    event: ChatMessageEvent | Unset = UNSET
    template: ChatMessageTemplate | Unset = UNSET
    meta: ChatMessageMeta | Unset = UNSET
    pricing: ChatMessagePricing | Unset = UNSET
    error: ChatMessageError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        chat_wid = self.chat_wid

        wid_full = self.wid_full

        device = self.device

        agent = self.agent

        campaign = self.campaign

        mtype: str | Unset = UNSET
        if not isinstance(self.mtype, Unset):
            mtype = self.mtype.value

        flow: str | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.value

        from_ = self.from_

        to = self.to

        ack: str | Unset = UNSET
        if not isinstance(self.ack, Unset):
            ack = self.ack.value

        kind = self.kind

        subtype = self.subtype

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        edited_at: str | Unset = UNSET
        if not isinstance(self.edited_at, Unset):
            edited_at = self.edited_at.isoformat()

        reference = self.reference

        trigger = self.trigger

        original_wid = self.original_wid

        original_waba_id = self.original_waba_id

        body = self.body

        title = self.title

        header = self.header

        header_type = self.header_type

        header_file = self.header_file

        header_filename = self.header_filename

        header_url = self.header_url

        footer = self.footer

        webhook_status = self.webhook_status

        webhook_synced_at: str | Unset = UNSET
        if not isinstance(self.webhook_synced_at, Unset):
            webhook_synced_at = self.webhook_synced_at.isoformat()

        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        from_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_contact, Unset):
            from_contact = self.from_contact.to_dict()

        to_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_contact, Unset):
            to_contact = self.to_contact.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        link_preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_preview, Unset):
            link_preview = self.link_preview.to_dict()

        vcards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vcards, Unset):
            vcards = []
            for vcards_item_data in self.vcards:
                vcards_item = vcards_item_data.to_dict()
                vcards.append(vcards_item)

        quoted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quoted, Unset):
            quoted = self.quoted.to_dict()

        header_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header_location, Unset):
            header_location = self.header_location.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wid": wid,
            }
        )
        if chat_wid is not UNSET:
            field_dict["chatWid"] = chat_wid
        if wid_full is not UNSET:
            field_dict["widFull"] = wid_full
        if device is not UNSET:
            field_dict["device"] = device
        if agent is not UNSET:
            field_dict["agent"] = agent
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if mtype is not UNSET:
            field_dict["mtype"] = mtype
        if flow is not UNSET:
            field_dict["flow"] = flow
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if ack is not UNSET:
            field_dict["ack"] = ack
        if kind is not UNSET:
            field_dict["kind"] = kind
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if date is not UNSET:
            field_dict["date"] = date
        if edited_at is not UNSET:
            field_dict["editedAt"] = edited_at
        if reference is not UNSET:
            field_dict["reference"] = reference
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if original_wid is not UNSET:
            field_dict["originalWid"] = original_wid
        if original_waba_id is not UNSET:
            field_dict["originalWabaId"] = original_waba_id
        if body is not UNSET:
            field_dict["body"] = body
        if title is not UNSET:
            field_dict["title"] = title
        if header is not UNSET:
            field_dict["header"] = header
        if header_type is not UNSET:
            field_dict["headerType"] = header_type
        if header_file is not UNSET:
            field_dict["headerFile"] = header_file
        if header_filename is not UNSET:
            field_dict["headerFilename"] = header_filename
        if header_url is not UNSET:
            field_dict["headerUrl"] = header_url
        if footer is not UNSET:
            field_dict["footer"] = footer
        if webhook_status is not UNSET:
            field_dict["webhookStatus"] = webhook_status
        if webhook_synced_at is not UNSET:
            field_dict["webhookSyncedAt"] = webhook_synced_at
        if chat is not UNSET:
            field_dict["chat"] = chat
        if from_contact is not UNSET:
            field_dict["fromContact"] = from_contact
        if to_contact is not UNSET:
            field_dict["toContact"] = to_contact
        if author is not UNSET:
            field_dict["author"] = author
        if location is not UNSET:
            field_dict["location"] = location
        if media is not UNSET:
            field_dict["media"] = media
        if link_preview is not UNSET:
            field_dict["linkPreview"] = link_preview
        if vcards is not UNSET:
            field_dict["vcards"] = vcards
        if quoted is not UNSET:
            field_dict["quoted"] = quoted
        if header_location is not UNSET:
            field_dict["headerLocation"] = header_location
        if list_ is not UNSET:
            field_dict["list"] = list_
        if product is not UNSET:
            field_dict["product"] = product
        if order is not UNSET:
            field_dict["order"] = order
        if poll is not UNSET:
            field_dict["poll"] = poll
        if event is not UNSET:
            field_dict["event"] = event
        if template is not UNSET:
            field_dict["template"] = template
        if meta is not UNSET:
            field_dict["meta"] = meta
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid")

        chat_wid = d.pop("chatWid", UNSET)

        wid_full = d.pop("widFull", UNSET)

        device = d.pop("device", UNSET)

        agent = d.pop("agent", UNSET)

        campaign = d.pop("campaign", UNSET)

        _mtype = d.pop("mtype", UNSET)
        mtype: ChatMessageMtype | Unset
        if isinstance(_mtype, Unset):
            mtype = UNSET
        else:
            mtype = ChatMessageMtype(_mtype)

        _flow = d.pop("flow", UNSET)
        flow: ChatMessageFlow | Unset
        if isinstance(_flow, Unset):
            flow = UNSET
        else:
            flow = ChatMessageFlow(_flow)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _ack = d.pop("ack", UNSET)
        ack: ChatMessageAck | Unset
        if isinstance(_ack, Unset):
            ack = UNSET
        else:
            ack = ChatMessageAck(_ack)

        kind = d.pop("kind", UNSET)

        subtype = d.pop("subtype", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _edited_at = d.pop("editedAt", UNSET)
        edited_at: datetime.datetime | Unset
        if isinstance(_edited_at, Unset):
            edited_at = UNSET
        else:
            edited_at = datetime.datetime.fromisoformat(_edited_at)

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

        _webhook_synced_at = d.pop("webhookSyncedAt", UNSET)
        webhook_synced_at: datetime.datetime | Unset
        if isinstance(_webhook_synced_at, Unset):
            webhook_synced_at = UNSET
        else:
            webhook_synced_at = datetime.datetime.fromisoformat(_webhook_synced_at)

        _chat = d.pop("chat", UNSET)
        chat: ChatMessageChat | Unset
        if isinstance(_chat, Unset):
            chat = UNSET
        else:
            chat = ChatMessageChat.from_dict(_chat)

        _from_contact = d.pop("fromContact", UNSET)
        from_contact: ChatMessageFromContact | Unset
        if isinstance(_from_contact, Unset):
            from_contact = UNSET
        else:
            from_contact = ChatMessageFromContact.from_dict(_from_contact)

        _to_contact = d.pop("toContact", UNSET)
        to_contact: ChatMessageToContact | Unset
        if isinstance(_to_contact, Unset):
            to_contact = UNSET
        else:
            to_contact = ChatMessageToContact.from_dict(_to_contact)

        _author = d.pop("author", UNSET)
        author: ChatMessageAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = ChatMessageAuthor.from_dict(_author)

        _location = d.pop("location", UNSET)
        location: ChatMessageLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ChatMessageLocation.from_dict(_location)

        _media = d.pop("media", UNSET)
        media: ChatMessageMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = ChatMessageMedia.from_dict(_media)

        _link_preview = d.pop("linkPreview", UNSET)
        link_preview: ChatMessageLinkPreview | Unset
        if isinstance(_link_preview, Unset):
            link_preview = UNSET
        else:
            link_preview = ChatMessageLinkPreview.from_dict(_link_preview)

        _vcards = d.pop("vcards", UNSET)
        vcards: list[ChatMessageVcardsItem] | Unset = UNSET
        if _vcards is not UNSET:
            vcards = []
            for vcards_item_data in _vcards:
                vcards_item = ChatMessageVcardsItem.from_dict(vcards_item_data)

                vcards.append(vcards_item)

        _quoted = d.pop("quoted", UNSET)
        quoted: ChatMessageQuoted | Unset
        if isinstance(_quoted, Unset):
            quoted = UNSET
        else:
            quoted = ChatMessageQuoted.from_dict(_quoted)

        _header_location = d.pop("headerLocation", UNSET)
        header_location: ChatMessageHeaderLocation | Unset
        if isinstance(_header_location, Unset):
            header_location = UNSET
        else:
            header_location = ChatMessageHeaderLocation.from_dict(_header_location)

        _list_ = d.pop("list", UNSET)
        list_: ChatMessageList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = ChatMessageList.from_dict(_list_)

        _product = d.pop("product", UNSET)
        product: ChatMessageProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ChatMessageProduct.from_dict(_product)

        _order = d.pop("order", UNSET)
        order: ChatMessageOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ChatMessageOrder.from_dict(_order)

        _poll = d.pop("poll", UNSET)
        poll: ChatMessagePoll | Unset
        if isinstance(_poll, Unset):
            poll = UNSET
        else:
            poll = ChatMessagePoll.from_dict(_poll)

        _event = d.pop("event", UNSET)
        event: ChatMessageEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = ChatMessageEvent.from_dict(_event)

        _template = d.pop("template", UNSET)
        template: ChatMessageTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = ChatMessageTemplate.from_dict(_template)

        _meta = d.pop("meta", UNSET)
        meta: ChatMessageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ChatMessageMeta.from_dict(_meta)

        _pricing = d.pop("pricing", UNSET)
        pricing: ChatMessagePricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ChatMessagePricing.from_dict(_pricing)

        _error = d.pop("error", UNSET)
        error: ChatMessageError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ChatMessageError.from_dict(_error)

        chat_message = cls(
            wid=wid,
            chat_wid=chat_wid,
            wid_full=wid_full,
            device=device,
            agent=agent,
            campaign=campaign,
            mtype=mtype,
            flow=flow,
            from_=from_,
            to=to,
            ack=ack,
            kind=kind,
            subtype=subtype,
            date=date,
            edited_at=edited_at,
            reference=reference,
            trigger=trigger,
            original_wid=original_wid,
            original_waba_id=original_waba_id,
            body=body,
            title=title,
            header=header,
            header_type=header_type,
            header_file=header_file,
            header_filename=header_filename,
            header_url=header_url,
            footer=footer,
            webhook_status=webhook_status,
            webhook_synced_at=webhook_synced_at,
            chat=chat,
            from_contact=from_contact,
            to_contact=to_contact,
            author=author,
            location=location,
            media=media,
            link_preview=link_preview,
            vcards=vcards,
            quoted=quoted,
            header_location=header_location,
            list_=list_,
            product=product,
            order=order,
            poll=poll,
            event=event,
            template=template,
            meta=meta,
            pricing=pricing,
            error=error,
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


from ..models.chat_message_author import ChatMessageAuthor  # noqa: E402
from ..models.chat_message_chat import ChatMessageChat  # noqa: E402
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
