"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ack_status import AckStatus
    from .add_group_participants_body import AddGroupParticipantsBody
    from .add_group_participants_body_participants_item import AddGroupParticipantsBodyParticipantsItem
    from .approve_group_members_body import ApproveGroupMembersBody
    from .assign_chat_body import AssignChatBody
    from .billing_plan import BillingPlan
    from .block_contacts_body import BlockContactsBody
    from .bulk_chat_action import BulkChatAction
    from .bulk_create_contacts_body_item import BulkCreateContactsBodyItem
    from .bulk_update_chats_body import BulkUpdateChatsBody
    from .bulk_update_chats_body_params import BulkUpdateChatsBodyParams
    from .campaign import Campaign
    from .campaign_contact import CampaignContact
    from .campaign_contact_ack import CampaignContactAck
    from .campaign_contact_campaign_type_1 import CampaignContactCampaignType1
    from .campaign_contact_error import CampaignContactError
    from .campaign_contact_kind import CampaignContactKind
    from .campaign_contact_status import CampaignContactStatus
    from .campaign_device_type_1 import CampaignDeviceType1
    from .campaign_file_type_1 import CampaignFileType1
    from .campaign_mode import CampaignMode
    from .campaign_owner_type_1 import CampaignOwnerType1
    from .campaign_settings import CampaignSettings
    from .campaign_source import CampaignSource
    from .campaign_stats import CampaignStats
    from .campaign_status import CampaignStatus
    from .campaign_unsubscribe import CampaignUnsubscribe
    from .campaign_user_type_1 import CampaignUserType1
    from .catalog_product import CatalogProduct
    from .catalog_product_device_type_1 import CatalogProductDeviceType1
    from .catalog_product_permission import CatalogProductPermission
    from .catalog_product_scope import CatalogProductScope
    from .catalog_product_status import CatalogProductStatus
    from .catalog_product_user_type_1 import CatalogProductUserType1
    from .channel_search_result import ChannelSearchResult
    from .chat import Chat
    from .chat_action import ChatAction
    from .chat_action_action import ChatActionAction
    from .chat_action_params import ChatActionParams
    from .chat_action_params_metadata_item import ChatActionParamsMetadataItem
    from .chat_channel import ChatChannel
    from .chat_channel_image import ChatChannelImage
    from .chat_contact import ChatContact
    from .chat_file import ChatFile
    from .chat_file_meta import ChatFileMeta
    from .chat_file_preview import ChatFilePreview
    from .chat_file_status import ChatFileStatus
    from .chat_group import ChatGroup
    from .chat_group_image import ChatGroupImage
    from .chat_include import ChatInclude
    from .chat_last_message import ChatLastMessage
    from .chat_message import ChatMessage
    from .chat_message_ack import ChatMessageAck
    from .chat_message_agent_type_1 import ChatMessageAgentType1
    from .chat_message_author import ChatMessageAuthor
    from .chat_message_campaign_type_1 import ChatMessageCampaignType1
    from .chat_message_chat import ChatMessageChat
    from .chat_message_device_type_1 import ChatMessageDeviceType1
    from .chat_message_error import ChatMessageError
    from .chat_message_event import ChatMessageEvent
    from .chat_message_flow import ChatMessageFlow
    from .chat_message_from_contact import ChatMessageFromContact
    from .chat_message_header_location import ChatMessageHeaderLocation
    from .chat_message_link_preview import ChatMessageLinkPreview
    from .chat_message_list import ChatMessageList
    from .chat_message_location import ChatMessageLocation
    from .chat_message_media import ChatMessageMedia
    from .chat_message_media_meta import ChatMessageMediaMeta
    from .chat_message_media_status import ChatMessageMediaStatus
    from .chat_message_meta import ChatMessageMeta
    from .chat_message_meta_source import ChatMessageMetaSource
    from .chat_message_meta_via import ChatMessageMetaVia
    from .chat_message_mtype import ChatMessageMtype
    from .chat_message_order import ChatMessageOrder
    from .chat_message_order_products_item import ChatMessageOrderProductsItem
    from .chat_message_poll import ChatMessagePoll
    from .chat_message_pricing import ChatMessagePricing
    from .chat_message_product import ChatMessageProduct
    from .chat_message_quoted import ChatMessageQuoted
    from .chat_message_template import ChatMessageTemplate
    from .chat_message_to_contact import ChatMessageToContact
    from .chat_message_vcards_item import ChatMessageVcardsItem
    from .chat_meta import ChatMeta
    from .chat_owner import ChatOwner
    from .chat_permissions import ChatPermissions
    from .chat_permissions_mode import ChatPermissionsMode
    from .chat_stats import ChatStats
    from .chat_status import ChatStatus
    from .chat_type import ChatType
    from .chat_wa_status import ChatWaStatus
    from .check_number_exists_body import CheckNumberExistsBody
    from .contact import Contact
    from .contact_business_info import ContactBusinessInfo
    from .contact_chat import ContactChat
    from .contact_created_by_type_1 import ContactCreatedByType1
    from .contact_fields import ContactFields
    from .contact_fields_metadata_item import ContactFieldsMetadataItem
    from .contact_gender import ContactGender
    from .contact_image import ContactImage
    from .contact_info import ContactInfo
    from .contact_info_kind import ContactInfoKind
    from .contact_kind import ContactKind
    from .contact_meta import ContactMeta
    from .contact_metadata_item import ContactMetadataItem
    from .contact_notifications import ContactNotifications
    from .contact_removable_field import ContactRemovableField
    from .contact_stats import ContactStats
    from .contact_subscription import ContactSubscription
    from .contact_subscription_status import ContactSubscriptionStatus
    from .create_channel_body import CreateChannelBody
    from .create_channel_body_image import CreateChannelBodyImage
    from .create_chat_note_body import CreateChatNoteBody
    from .create_contact_body import CreateContactBody
    from .create_department_body import CreateDepartmentBody
    from .create_device_body import CreateDeviceBody
    from .create_group_body import CreateGroupBody
    from .create_group_body_permissions import CreateGroupBodyPermissions
    from .create_group_body_permissions_edit import CreateGroupBodyPermissionsEdit
    from .create_group_body_permissions_invite import CreateGroupBodyPermissionsInvite
    from .create_group_body_permissions_send import CreateGroupBodyPermissionsSend
    from .create_label_body import CreateLabelBody
    from .create_meeting_link_body import CreateMeetingLinkBody
    from .create_quick_reply_body import CreateQuickReplyBody
    from .create_team_member_body import CreateTeamMemberBody
    from .create_webhook_body import CreateWebhookBody
    from .date_sort import DateSort
    from .delete_chat_body import DeleteChatBody
    from .delete_chat_notes_body import DeleteChatNotesBody
    from .delete_department_body import DeleteDepartmentBody
    from .delete_files_body import DeleteFilesBody
    from .delete_label_body import DeleteLabelBody
    from .delete_meeting_links_body import DeleteMeetingLinksBody
    from .delete_poll_vote import DeletePollVote
    from .delete_poll_vote_vote import DeletePollVoteVote
    from .delete_quick_replies_body_item import DeleteQuickRepliesBodyItem
    from .delete_team_members_body import DeleteTeamMembersBody
    from .delete_team_members_body_users_item import DeleteTeamMembersBodyUsersItem
    from .delete_team_members_body_users_item_action import DeleteTeamMembersBodyUsersItemAction
    from .delete_user_statuses_body import DeleteUserStatusesBody
    from .delivery_priority import DeliveryPriority
    from .department import Department
    from .department_device_type_1 import DepartmentDeviceType1
    from .department_icon import DepartmentIcon
    from .department_owner_type_1 import DepartmentOwnerType1
    from .department_user_type_1 import DepartmentUserType1
    from .device import Device
    from .device_agents_item import DeviceAgentsItem
    from .device_auto_assign import DeviceAutoAssign
    from .device_auto_replies import DeviceAutoReplies
    from .device_billing import DeviceBilling
    from .device_connector import DeviceConnector
    from .device_group_chats import DeviceGroupChats
    from .device_info import DeviceInfo
    from .device_labels import DeviceLabels
    from .device_log import DeviceLog
    from .device_log_level import DeviceLogLevel
    from .device_metrics import DeviceMetrics
    from .device_profile import DeviceProfile
    from .device_queue import DeviceQueue
    from .device_quick_replies import DeviceQuickReplies
    from .device_session import DeviceSession
    from .device_session_status import DeviceSessionStatus
    from .device_settings import DeviceSettings
    from .device_settings_reboot_policy import DeviceSettingsRebootPolicy
    from .device_stats import DeviceStats
    from .device_status import DeviceStatus
    from .device_waba import DeviceWaba
    from .edit_chat_message_body import EditChatMessageBody
    from .empty_queue_body import EmptyQueueBody
    from .enqueue_mode import EnqueueMode
    from .error import Error
    from .error_errors_item import ErrorErrorsItem
    from .error_meta import ErrorMeta
    from .error_status import ErrorStatus
    from .file import File
    from .file_expiration import FileExpiration
    from .file_format import FileFormat
    from .file_kind import FileKind
    from .file_meta import FileMeta
    from .file_origin import FileOrigin
    from .file_origin_filter import FileOriginFilter
    from .file_permission import FilePermission
    from .file_preview import FilePreview
    from .file_stats import FileStats
    from .file_status import FileStatus
    from .file_user_type_1 import FileUserType1
    from .forward_message import ForwardMessage
    from .forward_message_forward import ForwardMessageForward
    from .get_contact_include import GetContactInclude
    from .get_device_exclude import GetDeviceExclude
    from .get_device_include import GetDeviceInclude
    from .grant_device_access_body import GrantDeviceAccessBody
    from .group import Group
    from .group_ephemeral import GroupEphemeral
    from .group_invite import GroupInvite
    from .group_kind import GroupKind
    from .group_metadata import GroupMetadata
    from .group_participant import GroupParticipant
    from .group_participant_contact import GroupParticipantContact
    from .group_participant_input import GroupParticipantInput
    from .join_channel_body import JoinChannelBody
    from .join_group_body import JoinGroupBody
    from .label import Label
    from .label_color import LabelColor
    from .label_scope import LabelScope
    from .leave_group_body import LeaveGroupBody
    from .list_campaign_contacts_kind_item import ListCampaignContactsKindItem
    from .list_campaign_contacts_status_item import ListCampaignContactsStatusItem
    from .list_campaigns_status_item import ListCampaignsStatusItem
    from .list_chat_files_flow import ListChatFilesFlow
    from .list_chat_files_sort import ListChatFilesSort
    from .list_chat_files_type_item import ListChatFilesTypeItem
    from .list_chat_messages_include_item import ListChatMessagesIncludeItem
    from .list_chat_messages_kind_item import ListChatMessagesKindItem
    from .list_chat_participants_include import ListChatParticipantsInclude
    from .list_chat_participants_role import ListChatParticipantsRole
    from .list_chats_sort import ListChatsSort
    from .list_chats_status_item import ListChatsStatusItem
    from .list_contacts_country_item import ListContactsCountryItem
    from .list_contacts_has_item import ListContactsHasItem
    from .list_contacts_include_item import ListContactsIncludeItem
    from .list_contacts_sort import ListContactsSort
    from .list_contacts_type_item import ListContactsTypeItem
    from .list_devices_session_status import ListDevicesSessionStatus
    from .list_devices_status import ListDevicesStatus
    from .list_groups_kind import ListGroupsKind
    from .list_quick_replies_scope import ListQuickRepliesScope
    from .list_team_members_status_item import ListTeamMembersStatusItem
    from .list_user_statuses_type_item import ListUserStatusesTypeItem
    from .list_webhooks_status_item import ListWebhooksStatusItem
    from .meeting_expiration import MeetingExpiration
    from .meeting_kind import MeetingKind
    from .meeting_link import MeetingLink
    from .meeting_link_device_type_1 import MeetingLinkDeviceType1
    from .meeting_link_kind import MeetingLinkKind
    from .meeting_link_user_type_1 import MeetingLinkUserType1
    from .message import Message
    from .message_ack_info import MessageAckInfo
    from .message_ack_info_participants_item import MessageAckInfoParticipantsItem
    from .message_attend import MessageAttend
    from .message_contact import MessageContact
    from .message_delivery_options import MessageDeliveryOptions
    from .message_delivery_status import MessageDeliveryStatus
    from .message_device_type_1 import MessageDeviceType1
    from .message_entity import MessageEntity
    from .message_event import MessageEvent
    from .message_expiration import MessageExpiration
    from .message_flow import MessageFlow
    from .message_include import MessageInclude
    from .message_list import MessageList
    from .message_location import MessageLocation
    from .message_media import MessageMedia
    from .message_media_format import MessageMediaFormat
    from .message_media_kind import MessageMediaKind
    from .message_options import MessageOptions
    from .message_options_schedule import MessageOptionsSchedule
    from .message_poll import MessagePoll
    from .message_priority import MessagePriority
    from .message_retry import MessageRetry
    from .message_schedule import MessageSchedule
    from .message_source import MessageSource
    from .message_status import MessageStatus
    from .message_template import MessageTemplate
    from .message_vote import MessageVote
    from .message_webhook_status import MessageWebhookStatus
    from .outbound_priority import OutboundPriority
    from .permission import Permission
    from .phone_exists import PhoneExists
    from .phone_validation import PhoneValidation
    from .phone_validation_numbers_item import PhoneValidationNumbersItem
    from .profile import Profile
    from .profile_business_profile import ProfileBusinessProfile
    from .profile_business_profile_business_hours import ProfileBusinessProfileBusinessHours
    from .profile_image import ProfileImage
    from .publish_user_status_body import PublishUserStatusBody
    from .publish_user_status_body_font import PublishUserStatusBodyFont
    from .publish_user_status_body_media import PublishUserStatusBodyMedia
    from .publish_user_status_body_media_format import PublishUserStatusBodyMediaFormat
    from .publish_user_status_body_schedule import PublishUserStatusBodySchedule
    from .publish_user_status_body_schedule_delay_to import PublishUserStatusBodyScheduleDelayTo
    from .qr_code import QrCode
    from .query_business_catalog_body import QueryBusinessCatalogBody
    from .queue_status import QueueStatus
    from .queue_status_status import QueueStatusStatus
    from .quick_reply import QuickReply
    from .quick_reply_scope import QuickReplyScope
    from .reboot_policy import RebootPolicy
    from .reject_group_members_body import RejectGroupMembersBody
    from .replace_contact_metadata_body_item import ReplaceContactMetadataBodyItem
    from .request_auth_code_body import RequestAuthCodeBody
    from .result import Result
    from .retention_policy import RetentionPolicy
    from .revoke_device_access_body import RevokeDeviceAccessBody
    from .revoke_device_access_body_action import RevokeDeviceAccessBodyAction
    from .route_queue_body import RouteQueueBody
    from .scan_qr_encoding import ScanQrEncoding
    from .search_channels_body import SearchChannelsBody
    from .search_channels_body_category import SearchChannelsBodyCategory
    from .search_channels_body_countries_item import SearchChannelsBodyCountriesItem
    from .search_channels_body_sort import SearchChannelsBodySort
    from .search_channels_body_sort_field import SearchChannelsBodySortField
    from .search_files_ext_item import SearchFilesExtItem
    from .search_files_mime_item import SearchFilesMimeItem
    from .search_files_status_item import SearchFilesStatusItem
    from .search_messages_source import SearchMessagesSource
    from .search_messages_status_item import SearchMessagesStatusItem
    from .search_messages_target import SearchMessagesTarget
    from .search_messages_type_item import SearchMessagesTypeItem
    from .search_messages_webhook_status_item import SearchMessagesWebhookStatusItem
    from .send_contacts_message import SendContactsMessage
    from .send_contacts_message_contacts_item import SendContactsMessageContactsItem
    from .send_event_confirmation import SendEventConfirmation
    from .send_event_confirmation_confirm import SendEventConfirmationConfirm
    from .send_event_message import SendEventMessage
    from .send_event_message_event import SendEventMessageEvent
    from .send_event_message_event_call import SendEventMessageEventCall
    from .send_list_message import SendListMessage
    from .send_list_message_list import SendListMessageList
    from .send_list_message_list_sections_item import SendListMessageListSectionsItem
    from .send_list_message_list_sections_item_rows_item import SendListMessageListSectionsItemRowsItem
    from .send_location_message import SendLocationMessage
    from .send_location_message_location import SendLocationMessageLocation
    from .send_media_message import SendMediaMessage
    from .send_poll_message import SendPollMessage
    from .send_poll_message_poll import SendPollMessagePoll
    from .send_poll_vote import SendPollVote
    from .send_poll_vote_vote import SendPollVoteVote
    from .send_poll_vote_vote_options_item import SendPollVoteVoteOptionsItem
    from .send_product_message import SendProductMessage
    from .send_reaction import SendReaction
    from .send_scheduled_message import SendScheduledMessage
    from .send_text_message import SendTextMessage
    from .send_text_message_buttons_item import SendTextMessageButtonsItem
    from .send_typing_status_body import SendTypingStatusBody
    from .send_typing_status_body_action import SendTypingStatusBodyAction
    from .session_health import SessionHealth
    from .session_sync import SessionSync
    from .set_chat_status_body import SetChatStatusBody
    from .set_chat_status_body_status import SetChatStatusBodyStatus
    from .set_queue_status_body import SetQueueStatusBody
    from .set_queue_status_body_status import SetQueueStatusBodyStatus
    from .status_color import StatusColor
    from .team_color import TeamColor
    from .team_role import TeamRole
    from .team_user import TeamUser
    from .team_user_availability import TeamUserAvailability
    from .team_user_role import TeamUserRole
    from .team_user_settings import TeamUserSettings
    from .team_user_status import TeamUserStatus
    from .unblock_contacts_body import UnblockContactsBody
    from .update_campaign_status_body import UpdateCampaignStatusBody
    from .update_campaign_status_body_action import UpdateCampaignStatusBodyAction
    from .update_channel_body import UpdateChannelBody
    from .update_channel_image_body import UpdateChannelImageBody
    from .update_chat_attributes_body import UpdateChatAttributesBody
    from .update_chat_read_status_body import UpdateChatReadStatusBody
    from .update_contact_body import UpdateContactBody
    from .update_department_body import UpdateDepartmentBody
    from .update_device_body import UpdateDeviceBody
    from .update_device_body_settings import UpdateDeviceBodySettings
    from .update_file_body import UpdateFileBody
    from .update_group_body import UpdateGroupBody
    from .update_group_body_permissions import UpdateGroupBodyPermissions
    from .update_group_body_permissions_edit import UpdateGroupBodyPermissionsEdit
    from .update_group_body_permissions_invite import UpdateGroupBodyPermissionsInvite
    from .update_group_body_permissions_send import UpdateGroupBodyPermissionsSend
    from .update_group_image_body import UpdateGroupImageBody
    from .update_group_participants_body import UpdateGroupParticipantsBody
    from .update_group_participants_body_participants_item import UpdateGroupParticipantsBodyParticipantsItem
    from .update_label_body import UpdateLabelBody
    from .update_message_body import UpdateMessageBody
    from .update_message_body_remove_item import UpdateMessageBodyRemoveItem
    from .update_profile_body import UpdateProfileBody
    from .update_profile_body_business_profile import UpdateProfileBodyBusinessProfile
    from .update_profile_body_business_profile_business_hours import UpdateProfileBodyBusinessProfileBusinessHours
    from .update_profile_image_body import UpdateProfileImageBody
    from .update_quick_reply_body import UpdateQuickReplyBody
    from .update_team_member_body import UpdateTeamMemberBody
    from .update_webhook_body import UpdateWebhookBody
    from .upload_file_files_body import UploadFileFilesBody
    from .upload_file_json_body import UploadFileJsonBody
    from .upsert_contact_metadata_body_item import UpsertContactMetadataBodyItem
    from .user_status import UserStatus
    from .user_status_media import UserStatusMedia
    from .validate_numbers_body import ValidateNumbersBody
    from .validate_numbers_body_numbers_item import ValidateNumbersBodyNumbersItem
    from .webhook import Webhook
    from .webhook_device_type_1 import WebhookDeviceType1
    from .webhook_event import WebhookEvent
    from .webhook_log import WebhookLog
    from .webhook_log_event import WebhookLogEvent
    from .webhook_log_object_event import WebhookLogObjectEvent
    from .webhook_log_object_type import WebhookLogObjectType
    from .webhook_log_webhook_type_1 import WebhookLogWebhookType1
    from .webhook_status import WebhookStatus
    from .webhook_user_type_1 import WebhookUserType1

__all__ = (
    "AckStatus",
    "AddGroupParticipantsBody",
    "AddGroupParticipantsBodyParticipantsItem",
    "ApproveGroupMembersBody",
    "AssignChatBody",
    "BillingPlan",
    "BlockContactsBody",
    "BulkChatAction",
    "BulkCreateContactsBodyItem",
    "BulkUpdateChatsBody",
    "BulkUpdateChatsBodyParams",
    "Campaign",
    "CampaignContact",
    "CampaignContactAck",
    "CampaignContactCampaignType1",
    "CampaignContactError",
    "CampaignContactKind",
    "CampaignContactStatus",
    "CampaignDeviceType1",
    "CampaignFileType1",
    "CampaignMode",
    "CampaignOwnerType1",
    "CampaignSettings",
    "CampaignSource",
    "CampaignStats",
    "CampaignStatus",
    "CampaignUnsubscribe",
    "CampaignUserType1",
    "CatalogProduct",
    "CatalogProductDeviceType1",
    "CatalogProductPermission",
    "CatalogProductScope",
    "CatalogProductStatus",
    "CatalogProductUserType1",
    "ChannelSearchResult",
    "Chat",
    "ChatAction",
    "ChatActionAction",
    "ChatActionParams",
    "ChatActionParamsMetadataItem",
    "ChatChannel",
    "ChatChannelImage",
    "ChatContact",
    "ChatFile",
    "ChatFileMeta",
    "ChatFilePreview",
    "ChatFileStatus",
    "ChatGroup",
    "ChatGroupImage",
    "ChatInclude",
    "ChatLastMessage",
    "ChatMessage",
    "ChatMessageAck",
    "ChatMessageAgentType1",
    "ChatMessageAuthor",
    "ChatMessageCampaignType1",
    "ChatMessageChat",
    "ChatMessageDeviceType1",
    "ChatMessageError",
    "ChatMessageEvent",
    "ChatMessageFlow",
    "ChatMessageFromContact",
    "ChatMessageHeaderLocation",
    "ChatMessageLinkPreview",
    "ChatMessageList",
    "ChatMessageLocation",
    "ChatMessageMedia",
    "ChatMessageMediaMeta",
    "ChatMessageMediaStatus",
    "ChatMessageMeta",
    "ChatMessageMetaSource",
    "ChatMessageMetaVia",
    "ChatMessageMtype",
    "ChatMessageOrder",
    "ChatMessageOrderProductsItem",
    "ChatMessagePoll",
    "ChatMessagePricing",
    "ChatMessageProduct",
    "ChatMessageQuoted",
    "ChatMessageTemplate",
    "ChatMessageToContact",
    "ChatMessageVcardsItem",
    "ChatMeta",
    "ChatOwner",
    "ChatPermissions",
    "ChatPermissionsMode",
    "ChatStats",
    "ChatStatus",
    "ChatType",
    "ChatWaStatus",
    "CheckNumberExistsBody",
    "Contact",
    "ContactBusinessInfo",
    "ContactChat",
    "ContactCreatedByType1",
    "ContactFields",
    "ContactFieldsMetadataItem",
    "ContactGender",
    "ContactImage",
    "ContactInfo",
    "ContactInfoKind",
    "ContactKind",
    "ContactMeta",
    "ContactMetadataItem",
    "ContactNotifications",
    "ContactRemovableField",
    "ContactStats",
    "ContactSubscription",
    "ContactSubscriptionStatus",
    "CreateChannelBody",
    "CreateChannelBodyImage",
    "CreateChatNoteBody",
    "CreateContactBody",
    "CreateDepartmentBody",
    "CreateDeviceBody",
    "CreateGroupBody",
    "CreateGroupBodyPermissions",
    "CreateGroupBodyPermissionsEdit",
    "CreateGroupBodyPermissionsInvite",
    "CreateGroupBodyPermissionsSend",
    "CreateLabelBody",
    "CreateMeetingLinkBody",
    "CreateQuickReplyBody",
    "CreateTeamMemberBody",
    "CreateWebhookBody",
    "DateSort",
    "DeleteChatBody",
    "DeleteChatNotesBody",
    "DeleteDepartmentBody",
    "DeleteFilesBody",
    "DeleteLabelBody",
    "DeleteMeetingLinksBody",
    "DeletePollVote",
    "DeletePollVoteVote",
    "DeleteQuickRepliesBodyItem",
    "DeleteTeamMembersBody",
    "DeleteTeamMembersBodyUsersItem",
    "DeleteTeamMembersBodyUsersItemAction",
    "DeleteUserStatusesBody",
    "DeliveryPriority",
    "Department",
    "DepartmentDeviceType1",
    "DepartmentIcon",
    "DepartmentOwnerType1",
    "DepartmentUserType1",
    "Device",
    "DeviceAgentsItem",
    "DeviceAutoAssign",
    "DeviceAutoReplies",
    "DeviceBilling",
    "DeviceConnector",
    "DeviceGroupChats",
    "DeviceInfo",
    "DeviceLabels",
    "DeviceLog",
    "DeviceLogLevel",
    "DeviceMetrics",
    "DeviceProfile",
    "DeviceQueue",
    "DeviceQuickReplies",
    "DeviceSession",
    "DeviceSessionStatus",
    "DeviceSettings",
    "DeviceSettingsRebootPolicy",
    "DeviceStats",
    "DeviceStatus",
    "DeviceWaba",
    "EditChatMessageBody",
    "EmptyQueueBody",
    "EnqueueMode",
    "Error",
    "ErrorErrorsItem",
    "ErrorMeta",
    "ErrorStatus",
    "File",
    "FileExpiration",
    "FileFormat",
    "FileKind",
    "FileMeta",
    "FileOrigin",
    "FileOriginFilter",
    "FilePermission",
    "FilePreview",
    "FileStats",
    "FileStatus",
    "FileUserType1",
    "ForwardMessage",
    "ForwardMessageForward",
    "GetContactInclude",
    "GetDeviceExclude",
    "GetDeviceInclude",
    "GrantDeviceAccessBody",
    "Group",
    "GroupEphemeral",
    "GroupInvite",
    "GroupKind",
    "GroupMetadata",
    "GroupParticipant",
    "GroupParticipantContact",
    "GroupParticipantInput",
    "JoinChannelBody",
    "JoinGroupBody",
    "Label",
    "LabelColor",
    "LabelScope",
    "LeaveGroupBody",
    "ListCampaignContactsKindItem",
    "ListCampaignContactsStatusItem",
    "ListCampaignsStatusItem",
    "ListChatFilesFlow",
    "ListChatFilesSort",
    "ListChatFilesTypeItem",
    "ListChatMessagesIncludeItem",
    "ListChatMessagesKindItem",
    "ListChatParticipantsInclude",
    "ListChatParticipantsRole",
    "ListChatsSort",
    "ListChatsStatusItem",
    "ListContactsCountryItem",
    "ListContactsHasItem",
    "ListContactsIncludeItem",
    "ListContactsSort",
    "ListContactsTypeItem",
    "ListDevicesSessionStatus",
    "ListDevicesStatus",
    "ListGroupsKind",
    "ListQuickRepliesScope",
    "ListTeamMembersStatusItem",
    "ListUserStatusesTypeItem",
    "ListWebhooksStatusItem",
    "MeetingExpiration",
    "MeetingKind",
    "MeetingLink",
    "MeetingLinkDeviceType1",
    "MeetingLinkKind",
    "MeetingLinkUserType1",
    "Message",
    "MessageAckInfo",
    "MessageAckInfoParticipantsItem",
    "MessageAttend",
    "MessageContact",
    "MessageDeliveryOptions",
    "MessageDeliveryStatus",
    "MessageDeviceType1",
    "MessageEntity",
    "MessageEvent",
    "MessageExpiration",
    "MessageFlow",
    "MessageInclude",
    "MessageList",
    "MessageLocation",
    "MessageMedia",
    "MessageMediaFormat",
    "MessageMediaKind",
    "MessageOptions",
    "MessageOptionsSchedule",
    "MessagePoll",
    "MessagePriority",
    "MessageRetry",
    "MessageSchedule",
    "MessageSource",
    "MessageStatus",
    "MessageTemplate",
    "MessageVote",
    "MessageWebhookStatus",
    "OutboundPriority",
    "Permission",
    "PhoneExists",
    "PhoneValidation",
    "PhoneValidationNumbersItem",
    "Profile",
    "ProfileBusinessProfile",
    "ProfileBusinessProfileBusinessHours",
    "ProfileImage",
    "PublishUserStatusBody",
    "PublishUserStatusBodyFont",
    "PublishUserStatusBodyMedia",
    "PublishUserStatusBodyMediaFormat",
    "PublishUserStatusBodySchedule",
    "PublishUserStatusBodyScheduleDelayTo",
    "QrCode",
    "QueryBusinessCatalogBody",
    "QueueStatus",
    "QueueStatusStatus",
    "QuickReply",
    "QuickReplyScope",
    "RebootPolicy",
    "RejectGroupMembersBody",
    "ReplaceContactMetadataBodyItem",
    "RequestAuthCodeBody",
    "Result",
    "RetentionPolicy",
    "RevokeDeviceAccessBody",
    "RevokeDeviceAccessBodyAction",
    "RouteQueueBody",
    "ScanQrEncoding",
    "SearchChannelsBody",
    "SearchChannelsBodyCategory",
    "SearchChannelsBodyCountriesItem",
    "SearchChannelsBodySort",
    "SearchChannelsBodySortField",
    "SearchFilesExtItem",
    "SearchFilesMimeItem",
    "SearchFilesStatusItem",
    "SearchMessagesSource",
    "SearchMessagesStatusItem",
    "SearchMessagesTarget",
    "SearchMessagesTypeItem",
    "SearchMessagesWebhookStatusItem",
    "SendContactsMessage",
    "SendContactsMessageContactsItem",
    "SendEventConfirmation",
    "SendEventConfirmationConfirm",
    "SendEventMessage",
    "SendEventMessageEvent",
    "SendEventMessageEventCall",
    "SendListMessage",
    "SendListMessageList",
    "SendListMessageListSectionsItem",
    "SendListMessageListSectionsItemRowsItem",
    "SendLocationMessage",
    "SendLocationMessageLocation",
    "SendMediaMessage",
    "SendPollMessage",
    "SendPollMessagePoll",
    "SendPollVote",
    "SendPollVoteVote",
    "SendPollVoteVoteOptionsItem",
    "SendProductMessage",
    "SendReaction",
    "SendScheduledMessage",
    "SendTextMessage",
    "SendTextMessageButtonsItem",
    "SendTypingStatusBody",
    "SendTypingStatusBodyAction",
    "SessionHealth",
    "SessionSync",
    "SetChatStatusBody",
    "SetChatStatusBodyStatus",
    "SetQueueStatusBody",
    "SetQueueStatusBodyStatus",
    "StatusColor",
    "TeamColor",
    "TeamRole",
    "TeamUser",
    "TeamUserAvailability",
    "TeamUserRole",
    "TeamUserSettings",
    "TeamUserStatus",
    "UnblockContactsBody",
    "UpdateCampaignStatusBody",
    "UpdateCampaignStatusBodyAction",
    "UpdateChannelBody",
    "UpdateChannelImageBody",
    "UpdateChatAttributesBody",
    "UpdateChatReadStatusBody",
    "UpdateContactBody",
    "UpdateDepartmentBody",
    "UpdateDeviceBody",
    "UpdateDeviceBodySettings",
    "UpdateFileBody",
    "UpdateGroupBody",
    "UpdateGroupBodyPermissions",
    "UpdateGroupBodyPermissionsEdit",
    "UpdateGroupBodyPermissionsInvite",
    "UpdateGroupBodyPermissionsSend",
    "UpdateGroupImageBody",
    "UpdateGroupParticipantsBody",
    "UpdateGroupParticipantsBodyParticipantsItem",
    "UpdateLabelBody",
    "UpdateMessageBody",
    "UpdateMessageBodyRemoveItem",
    "UpdateProfileBody",
    "UpdateProfileBodyBusinessProfile",
    "UpdateProfileBodyBusinessProfileBusinessHours",
    "UpdateProfileImageBody",
    "UpdateQuickReplyBody",
    "UpdateTeamMemberBody",
    "UpdateWebhookBody",
    "UploadFileFilesBody",
    "UploadFileJsonBody",
    "UpsertContactMetadataBodyItem",
    "UserStatus",
    "UserStatusMedia",
    "ValidateNumbersBody",
    "ValidateNumbersBodyNumbersItem",
    "Webhook",
    "WebhookDeviceType1",
    "WebhookEvent",
    "WebhookLog",
    "WebhookLogEvent",
    "WebhookLogObjectEvent",
    "WebhookLogObjectType",
    "WebhookLogWebhookType1",
    "WebhookStatus",
    "WebhookUserType1",
)

# Lazy: a model module is imported on first access only, so importing one endpoint module does not
# import every model.
_MODULE_OF = {
    "AckStatus": ".ack_status",
    "AddGroupParticipantsBody": ".add_group_participants_body",
    "AddGroupParticipantsBodyParticipantsItem": ".add_group_participants_body_participants_item",
    "ApproveGroupMembersBody": ".approve_group_members_body",
    "AssignChatBody": ".assign_chat_body",
    "BillingPlan": ".billing_plan",
    "BlockContactsBody": ".block_contacts_body",
    "BulkChatAction": ".bulk_chat_action",
    "BulkCreateContactsBodyItem": ".bulk_create_contacts_body_item",
    "BulkUpdateChatsBody": ".bulk_update_chats_body",
    "BulkUpdateChatsBodyParams": ".bulk_update_chats_body_params",
    "Campaign": ".campaign",
    "CampaignContact": ".campaign_contact",
    "CampaignContactAck": ".campaign_contact_ack",
    "CampaignContactCampaignType1": ".campaign_contact_campaign_type_1",
    "CampaignContactError": ".campaign_contact_error",
    "CampaignContactKind": ".campaign_contact_kind",
    "CampaignContactStatus": ".campaign_contact_status",
    "CampaignDeviceType1": ".campaign_device_type_1",
    "CampaignFileType1": ".campaign_file_type_1",
    "CampaignMode": ".campaign_mode",
    "CampaignOwnerType1": ".campaign_owner_type_1",
    "CampaignSettings": ".campaign_settings",
    "CampaignSource": ".campaign_source",
    "CampaignStats": ".campaign_stats",
    "CampaignStatus": ".campaign_status",
    "CampaignUnsubscribe": ".campaign_unsubscribe",
    "CampaignUserType1": ".campaign_user_type_1",
    "CatalogProduct": ".catalog_product",
    "CatalogProductDeviceType1": ".catalog_product_device_type_1",
    "CatalogProductPermission": ".catalog_product_permission",
    "CatalogProductScope": ".catalog_product_scope",
    "CatalogProductStatus": ".catalog_product_status",
    "CatalogProductUserType1": ".catalog_product_user_type_1",
    "ChannelSearchResult": ".channel_search_result",
    "Chat": ".chat",
    "ChatAction": ".chat_action",
    "ChatActionAction": ".chat_action_action",
    "ChatActionParams": ".chat_action_params",
    "ChatActionParamsMetadataItem": ".chat_action_params_metadata_item",
    "ChatChannel": ".chat_channel",
    "ChatChannelImage": ".chat_channel_image",
    "ChatContact": ".chat_contact",
    "ChatFile": ".chat_file",
    "ChatFileMeta": ".chat_file_meta",
    "ChatFilePreview": ".chat_file_preview",
    "ChatFileStatus": ".chat_file_status",
    "ChatGroup": ".chat_group",
    "ChatGroupImage": ".chat_group_image",
    "ChatInclude": ".chat_include",
    "ChatLastMessage": ".chat_last_message",
    "ChatMessage": ".chat_message",
    "ChatMessageAck": ".chat_message_ack",
    "ChatMessageAgentType1": ".chat_message_agent_type_1",
    "ChatMessageAuthor": ".chat_message_author",
    "ChatMessageCampaignType1": ".chat_message_campaign_type_1",
    "ChatMessageChat": ".chat_message_chat",
    "ChatMessageDeviceType1": ".chat_message_device_type_1",
    "ChatMessageError": ".chat_message_error",
    "ChatMessageEvent": ".chat_message_event",
    "ChatMessageFlow": ".chat_message_flow",
    "ChatMessageFromContact": ".chat_message_from_contact",
    "ChatMessageHeaderLocation": ".chat_message_header_location",
    "ChatMessageLinkPreview": ".chat_message_link_preview",
    "ChatMessageList": ".chat_message_list",
    "ChatMessageLocation": ".chat_message_location",
    "ChatMessageMedia": ".chat_message_media",
    "ChatMessageMediaMeta": ".chat_message_media_meta",
    "ChatMessageMediaStatus": ".chat_message_media_status",
    "ChatMessageMeta": ".chat_message_meta",
    "ChatMessageMetaSource": ".chat_message_meta_source",
    "ChatMessageMetaVia": ".chat_message_meta_via",
    "ChatMessageMtype": ".chat_message_mtype",
    "ChatMessageOrder": ".chat_message_order",
    "ChatMessageOrderProductsItem": ".chat_message_order_products_item",
    "ChatMessagePoll": ".chat_message_poll",
    "ChatMessagePricing": ".chat_message_pricing",
    "ChatMessageProduct": ".chat_message_product",
    "ChatMessageQuoted": ".chat_message_quoted",
    "ChatMessageTemplate": ".chat_message_template",
    "ChatMessageToContact": ".chat_message_to_contact",
    "ChatMessageVcardsItem": ".chat_message_vcards_item",
    "ChatMeta": ".chat_meta",
    "ChatOwner": ".chat_owner",
    "ChatPermissions": ".chat_permissions",
    "ChatPermissionsMode": ".chat_permissions_mode",
    "ChatStats": ".chat_stats",
    "ChatStatus": ".chat_status",
    "ChatType": ".chat_type",
    "ChatWaStatus": ".chat_wa_status",
    "CheckNumberExistsBody": ".check_number_exists_body",
    "Contact": ".contact",
    "ContactBusinessInfo": ".contact_business_info",
    "ContactChat": ".contact_chat",
    "ContactCreatedByType1": ".contact_created_by_type_1",
    "ContactFields": ".contact_fields",
    "ContactFieldsMetadataItem": ".contact_fields_metadata_item",
    "ContactGender": ".contact_gender",
    "ContactImage": ".contact_image",
    "ContactInfo": ".contact_info",
    "ContactInfoKind": ".contact_info_kind",
    "ContactKind": ".contact_kind",
    "ContactMeta": ".contact_meta",
    "ContactMetadataItem": ".contact_metadata_item",
    "ContactNotifications": ".contact_notifications",
    "ContactRemovableField": ".contact_removable_field",
    "ContactStats": ".contact_stats",
    "ContactSubscription": ".contact_subscription",
    "ContactSubscriptionStatus": ".contact_subscription_status",
    "CreateChannelBody": ".create_channel_body",
    "CreateChannelBodyImage": ".create_channel_body_image",
    "CreateChatNoteBody": ".create_chat_note_body",
    "CreateContactBody": ".create_contact_body",
    "CreateDepartmentBody": ".create_department_body",
    "CreateDeviceBody": ".create_device_body",
    "CreateGroupBody": ".create_group_body",
    "CreateGroupBodyPermissions": ".create_group_body_permissions",
    "CreateGroupBodyPermissionsEdit": ".create_group_body_permissions_edit",
    "CreateGroupBodyPermissionsInvite": ".create_group_body_permissions_invite",
    "CreateGroupBodyPermissionsSend": ".create_group_body_permissions_send",
    "CreateLabelBody": ".create_label_body",
    "CreateMeetingLinkBody": ".create_meeting_link_body",
    "CreateQuickReplyBody": ".create_quick_reply_body",
    "CreateTeamMemberBody": ".create_team_member_body",
    "CreateWebhookBody": ".create_webhook_body",
    "DateSort": ".date_sort",
    "DeleteChatBody": ".delete_chat_body",
    "DeleteChatNotesBody": ".delete_chat_notes_body",
    "DeleteDepartmentBody": ".delete_department_body",
    "DeleteFilesBody": ".delete_files_body",
    "DeleteLabelBody": ".delete_label_body",
    "DeleteMeetingLinksBody": ".delete_meeting_links_body",
    "DeletePollVote": ".delete_poll_vote",
    "DeletePollVoteVote": ".delete_poll_vote_vote",
    "DeleteQuickRepliesBodyItem": ".delete_quick_replies_body_item",
    "DeleteTeamMembersBody": ".delete_team_members_body",
    "DeleteTeamMembersBodyUsersItem": ".delete_team_members_body_users_item",
    "DeleteTeamMembersBodyUsersItemAction": ".delete_team_members_body_users_item_action",
    "DeleteUserStatusesBody": ".delete_user_statuses_body",
    "DeliveryPriority": ".delivery_priority",
    "Department": ".department",
    "DepartmentDeviceType1": ".department_device_type_1",
    "DepartmentIcon": ".department_icon",
    "DepartmentOwnerType1": ".department_owner_type_1",
    "DepartmentUserType1": ".department_user_type_1",
    "Device": ".device",
    "DeviceAgentsItem": ".device_agents_item",
    "DeviceAutoAssign": ".device_auto_assign",
    "DeviceAutoReplies": ".device_auto_replies",
    "DeviceBilling": ".device_billing",
    "DeviceConnector": ".device_connector",
    "DeviceGroupChats": ".device_group_chats",
    "DeviceInfo": ".device_info",
    "DeviceLabels": ".device_labels",
    "DeviceLog": ".device_log",
    "DeviceLogLevel": ".device_log_level",
    "DeviceMetrics": ".device_metrics",
    "DeviceProfile": ".device_profile",
    "DeviceQueue": ".device_queue",
    "DeviceQuickReplies": ".device_quick_replies",
    "DeviceSession": ".device_session",
    "DeviceSessionStatus": ".device_session_status",
    "DeviceSettings": ".device_settings",
    "DeviceSettingsRebootPolicy": ".device_settings_reboot_policy",
    "DeviceStats": ".device_stats",
    "DeviceStatus": ".device_status",
    "DeviceWaba": ".device_waba",
    "EditChatMessageBody": ".edit_chat_message_body",
    "EmptyQueueBody": ".empty_queue_body",
    "EnqueueMode": ".enqueue_mode",
    "Error": ".error",
    "ErrorErrorsItem": ".error_errors_item",
    "ErrorMeta": ".error_meta",
    "ErrorStatus": ".error_status",
    "File": ".file",
    "FileExpiration": ".file_expiration",
    "FileFormat": ".file_format",
    "FileKind": ".file_kind",
    "FileMeta": ".file_meta",
    "FileOrigin": ".file_origin",
    "FileOriginFilter": ".file_origin_filter",
    "FilePermission": ".file_permission",
    "FilePreview": ".file_preview",
    "FileStats": ".file_stats",
    "FileStatus": ".file_status",
    "FileUserType1": ".file_user_type_1",
    "ForwardMessage": ".forward_message",
    "ForwardMessageForward": ".forward_message_forward",
    "GetContactInclude": ".get_contact_include",
    "GetDeviceExclude": ".get_device_exclude",
    "GetDeviceInclude": ".get_device_include",
    "GrantDeviceAccessBody": ".grant_device_access_body",
    "Group": ".group",
    "GroupEphemeral": ".group_ephemeral",
    "GroupInvite": ".group_invite",
    "GroupKind": ".group_kind",
    "GroupMetadata": ".group_metadata",
    "GroupParticipant": ".group_participant",
    "GroupParticipantContact": ".group_participant_contact",
    "GroupParticipantInput": ".group_participant_input",
    "JoinChannelBody": ".join_channel_body",
    "JoinGroupBody": ".join_group_body",
    "Label": ".label",
    "LabelColor": ".label_color",
    "LabelScope": ".label_scope",
    "LeaveGroupBody": ".leave_group_body",
    "ListCampaignContactsKindItem": ".list_campaign_contacts_kind_item",
    "ListCampaignContactsStatusItem": ".list_campaign_contacts_status_item",
    "ListCampaignsStatusItem": ".list_campaigns_status_item",
    "ListChatFilesFlow": ".list_chat_files_flow",
    "ListChatFilesSort": ".list_chat_files_sort",
    "ListChatFilesTypeItem": ".list_chat_files_type_item",
    "ListChatMessagesIncludeItem": ".list_chat_messages_include_item",
    "ListChatMessagesKindItem": ".list_chat_messages_kind_item",
    "ListChatParticipantsInclude": ".list_chat_participants_include",
    "ListChatParticipantsRole": ".list_chat_participants_role",
    "ListChatsSort": ".list_chats_sort",
    "ListChatsStatusItem": ".list_chats_status_item",
    "ListContactsCountryItem": ".list_contacts_country_item",
    "ListContactsHasItem": ".list_contacts_has_item",
    "ListContactsIncludeItem": ".list_contacts_include_item",
    "ListContactsSort": ".list_contacts_sort",
    "ListContactsTypeItem": ".list_contacts_type_item",
    "ListDevicesSessionStatus": ".list_devices_session_status",
    "ListDevicesStatus": ".list_devices_status",
    "ListGroupsKind": ".list_groups_kind",
    "ListQuickRepliesScope": ".list_quick_replies_scope",
    "ListTeamMembersStatusItem": ".list_team_members_status_item",
    "ListUserStatusesTypeItem": ".list_user_statuses_type_item",
    "ListWebhooksStatusItem": ".list_webhooks_status_item",
    "MeetingExpiration": ".meeting_expiration",
    "MeetingKind": ".meeting_kind",
    "MeetingLink": ".meeting_link",
    "MeetingLinkDeviceType1": ".meeting_link_device_type_1",
    "MeetingLinkKind": ".meeting_link_kind",
    "MeetingLinkUserType1": ".meeting_link_user_type_1",
    "Message": ".message",
    "MessageAckInfo": ".message_ack_info",
    "MessageAckInfoParticipantsItem": ".message_ack_info_participants_item",
    "MessageAttend": ".message_attend",
    "MessageContact": ".message_contact",
    "MessageDeliveryOptions": ".message_delivery_options",
    "MessageDeliveryStatus": ".message_delivery_status",
    "MessageDeviceType1": ".message_device_type_1",
    "MessageEntity": ".message_entity",
    "MessageEvent": ".message_event",
    "MessageExpiration": ".message_expiration",
    "MessageFlow": ".message_flow",
    "MessageInclude": ".message_include",
    "MessageList": ".message_list",
    "MessageLocation": ".message_location",
    "MessageMedia": ".message_media",
    "MessageMediaFormat": ".message_media_format",
    "MessageMediaKind": ".message_media_kind",
    "MessageOptions": ".message_options",
    "MessageOptionsSchedule": ".message_options_schedule",
    "MessagePoll": ".message_poll",
    "MessagePriority": ".message_priority",
    "MessageRetry": ".message_retry",
    "MessageSchedule": ".message_schedule",
    "MessageSource": ".message_source",
    "MessageStatus": ".message_status",
    "MessageTemplate": ".message_template",
    "MessageVote": ".message_vote",
    "MessageWebhookStatus": ".message_webhook_status",
    "OutboundPriority": ".outbound_priority",
    "Permission": ".permission",
    "PhoneExists": ".phone_exists",
    "PhoneValidation": ".phone_validation",
    "PhoneValidationNumbersItem": ".phone_validation_numbers_item",
    "Profile": ".profile",
    "ProfileBusinessProfile": ".profile_business_profile",
    "ProfileBusinessProfileBusinessHours": ".profile_business_profile_business_hours",
    "ProfileImage": ".profile_image",
    "PublishUserStatusBody": ".publish_user_status_body",
    "PublishUserStatusBodyFont": ".publish_user_status_body_font",
    "PublishUserStatusBodyMedia": ".publish_user_status_body_media",
    "PublishUserStatusBodyMediaFormat": ".publish_user_status_body_media_format",
    "PublishUserStatusBodySchedule": ".publish_user_status_body_schedule",
    "PublishUserStatusBodyScheduleDelayTo": ".publish_user_status_body_schedule_delay_to",
    "QrCode": ".qr_code",
    "QueryBusinessCatalogBody": ".query_business_catalog_body",
    "QueueStatus": ".queue_status",
    "QueueStatusStatus": ".queue_status_status",
    "QuickReply": ".quick_reply",
    "QuickReplyScope": ".quick_reply_scope",
    "RebootPolicy": ".reboot_policy",
    "RejectGroupMembersBody": ".reject_group_members_body",
    "ReplaceContactMetadataBodyItem": ".replace_contact_metadata_body_item",
    "RequestAuthCodeBody": ".request_auth_code_body",
    "Result": ".result",
    "RetentionPolicy": ".retention_policy",
    "RevokeDeviceAccessBody": ".revoke_device_access_body",
    "RevokeDeviceAccessBodyAction": ".revoke_device_access_body_action",
    "RouteQueueBody": ".route_queue_body",
    "ScanQrEncoding": ".scan_qr_encoding",
    "SearchChannelsBody": ".search_channels_body",
    "SearchChannelsBodyCategory": ".search_channels_body_category",
    "SearchChannelsBodyCountriesItem": ".search_channels_body_countries_item",
    "SearchChannelsBodySort": ".search_channels_body_sort",
    "SearchChannelsBodySortField": ".search_channels_body_sort_field",
    "SearchFilesExtItem": ".search_files_ext_item",
    "SearchFilesMimeItem": ".search_files_mime_item",
    "SearchFilesStatusItem": ".search_files_status_item",
    "SearchMessagesSource": ".search_messages_source",
    "SearchMessagesStatusItem": ".search_messages_status_item",
    "SearchMessagesTarget": ".search_messages_target",
    "SearchMessagesTypeItem": ".search_messages_type_item",
    "SearchMessagesWebhookStatusItem": ".search_messages_webhook_status_item",
    "SendContactsMessage": ".send_contacts_message",
    "SendContactsMessageContactsItem": ".send_contacts_message_contacts_item",
    "SendEventConfirmation": ".send_event_confirmation",
    "SendEventConfirmationConfirm": ".send_event_confirmation_confirm",
    "SendEventMessage": ".send_event_message",
    "SendEventMessageEvent": ".send_event_message_event",
    "SendEventMessageEventCall": ".send_event_message_event_call",
    "SendListMessage": ".send_list_message",
    "SendListMessageList": ".send_list_message_list",
    "SendListMessageListSectionsItem": ".send_list_message_list_sections_item",
    "SendListMessageListSectionsItemRowsItem": ".send_list_message_list_sections_item_rows_item",
    "SendLocationMessage": ".send_location_message",
    "SendLocationMessageLocation": ".send_location_message_location",
    "SendMediaMessage": ".send_media_message",
    "SendPollMessage": ".send_poll_message",
    "SendPollMessagePoll": ".send_poll_message_poll",
    "SendPollVote": ".send_poll_vote",
    "SendPollVoteVote": ".send_poll_vote_vote",
    "SendPollVoteVoteOptionsItem": ".send_poll_vote_vote_options_item",
    "SendProductMessage": ".send_product_message",
    "SendReaction": ".send_reaction",
    "SendScheduledMessage": ".send_scheduled_message",
    "SendTextMessage": ".send_text_message",
    "SendTextMessageButtonsItem": ".send_text_message_buttons_item",
    "SendTypingStatusBody": ".send_typing_status_body",
    "SendTypingStatusBodyAction": ".send_typing_status_body_action",
    "SessionHealth": ".session_health",
    "SessionSync": ".session_sync",
    "SetChatStatusBody": ".set_chat_status_body",
    "SetChatStatusBodyStatus": ".set_chat_status_body_status",
    "SetQueueStatusBody": ".set_queue_status_body",
    "SetQueueStatusBodyStatus": ".set_queue_status_body_status",
    "StatusColor": ".status_color",
    "TeamColor": ".team_color",
    "TeamRole": ".team_role",
    "TeamUser": ".team_user",
    "TeamUserAvailability": ".team_user_availability",
    "TeamUserRole": ".team_user_role",
    "TeamUserSettings": ".team_user_settings",
    "TeamUserStatus": ".team_user_status",
    "UnblockContactsBody": ".unblock_contacts_body",
    "UpdateCampaignStatusBody": ".update_campaign_status_body",
    "UpdateCampaignStatusBodyAction": ".update_campaign_status_body_action",
    "UpdateChannelBody": ".update_channel_body",
    "UpdateChannelImageBody": ".update_channel_image_body",
    "UpdateChatAttributesBody": ".update_chat_attributes_body",
    "UpdateChatReadStatusBody": ".update_chat_read_status_body",
    "UpdateContactBody": ".update_contact_body",
    "UpdateDepartmentBody": ".update_department_body",
    "UpdateDeviceBody": ".update_device_body",
    "UpdateDeviceBodySettings": ".update_device_body_settings",
    "UpdateFileBody": ".update_file_body",
    "UpdateGroupBody": ".update_group_body",
    "UpdateGroupBodyPermissions": ".update_group_body_permissions",
    "UpdateGroupBodyPermissionsEdit": ".update_group_body_permissions_edit",
    "UpdateGroupBodyPermissionsInvite": ".update_group_body_permissions_invite",
    "UpdateGroupBodyPermissionsSend": ".update_group_body_permissions_send",
    "UpdateGroupImageBody": ".update_group_image_body",
    "UpdateGroupParticipantsBody": ".update_group_participants_body",
    "UpdateGroupParticipantsBodyParticipantsItem": ".update_group_participants_body_participants_item",
    "UpdateLabelBody": ".update_label_body",
    "UpdateMessageBody": ".update_message_body",
    "UpdateMessageBodyRemoveItem": ".update_message_body_remove_item",
    "UpdateProfileBody": ".update_profile_body",
    "UpdateProfileBodyBusinessProfile": ".update_profile_body_business_profile",
    "UpdateProfileBodyBusinessProfileBusinessHours": ".update_profile_body_business_profile_business_hours",
    "UpdateProfileImageBody": ".update_profile_image_body",
    "UpdateQuickReplyBody": ".update_quick_reply_body",
    "UpdateTeamMemberBody": ".update_team_member_body",
    "UpdateWebhookBody": ".update_webhook_body",
    "UploadFileFilesBody": ".upload_file_files_body",
    "UploadFileJsonBody": ".upload_file_json_body",
    "UpsertContactMetadataBodyItem": ".upsert_contact_metadata_body_item",
    "UserStatus": ".user_status",
    "UserStatusMedia": ".user_status_media",
    "ValidateNumbersBody": ".validate_numbers_body",
    "ValidateNumbersBodyNumbersItem": ".validate_numbers_body_numbers_item",
    "Webhook": ".webhook",
    "WebhookDeviceType1": ".webhook_device_type_1",
    "WebhookEvent": ".webhook_event",
    "WebhookLog": ".webhook_log",
    "WebhookLogEvent": ".webhook_log_event",
    "WebhookLogObjectEvent": ".webhook_log_object_event",
    "WebhookLogObjectType": ".webhook_log_object_type",
    "WebhookLogWebhookType1": ".webhook_log_webhook_type_1",
    "WebhookStatus": ".webhook_status",
    "WebhookUserType1": ".webhook_user_type_1",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error for them

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
