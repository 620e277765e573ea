from ..types import ApiStrEnum


class CampaignContactError(ApiStrEnum):
    CHANNELFORBIDDEN = "channel:forbidden"
    CHANNELNOTFOUND = "channel:notfound"
    CHATCANNOT_SEND = "chat:cannot_send"
    CONTACTBLOCKED = "contact:blocked"
    CONTACTEXCLUDED = "contact:excluded"
    ERROR = "error"
    FILENOT_FOUND = "file:not_found"
    MAX_RETRIES = "max_retries"
    MEDIADELETED_FILE = "media:deleted_file"
    MEDIAEXPIRED_FILE = "media:expired_file"
    MEDIAINVALID_FILE = "media:invalid_file"
    MESSAGEFORBIDDEN = "message:forbidden"
    MESSAGEFORBIDDEN_FIRST_MESSAGE = "message:forbidden_first_message"
    NUMBERNOTFOUND = "number:notfound"
    WABAERROR = "waba:error"
