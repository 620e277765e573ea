from enum import StrEnum


class CampaignContactError(StrEnum):
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

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CampaignContactError | None":
        # A value the spec does not list yet must not fail the whole response: keep the raw value in a
        # pseudo-member (cached, so equal values give the same object). Its name is a _sunder_ name,
        # which Enum reserves, so it cannot clash with a real member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "_UNKNOWN_"
        member._value_ = value
        cached = cls._value2member_map_.setdefault(value, member)
        return cached if isinstance(cached, cls) else member
