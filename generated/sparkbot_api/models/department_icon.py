from enum import StrEnum


class DepartmentIcon(StrEnum):
    ADDRESS_BOOK = "address-book"
    ARCHIVE = "archive"
    BALANCE_SCALE = "balance-scale"
    BRIEFCASE = "briefcase"
    BUILDING = "building"
    BULLHORN = "bullhorn"
    CALENDAR_CHECK = "calendar-check"
    CHALKBOARD_TEACHER = "chalkboard-teacher"
    CHART_BAR = "chart-bar"
    CHART_PIE = "chart-pie"
    CHECK_CIRCLE = "check-circle"
    CLIPBOARD_CHECK = "clipboard-check"
    CLIPBOARD_LIST = "clipboard-list"
    CODE_BRANCH = "code-branch"
    COGS = "cogs"
    COMMENTS = "comments"
    COMMENTS_DOLLAR = "comments-dollar"
    COMMENT_DOTS = "comment-dots"
    DRAFTING_COMPASS = "drafting-compass"
    ENVELOPE = "envelope"
    FINGERPRINT = "fingerprint"
    GLOBE = "globe"
    HANDSHAKE = "handshake"
    HANDS_HELPING = "hands-helping"
    HAND_HOLDING_USD = "hand-holding-usd"
    HEADSET = "headset"
    INBOX = "inbox"
    LANDMARK = "landmark"
    LAPTOP_CODE = "laptop-code"
    LAYER_GROUP = "layer-group"
    LIGHTBULB = "lightbulb"
    MONEY_BILL_WAVE = "money-bill-wave"
    NETWORK_WIRED = "network-wired"
    PEOPLE_CARRY = "people-carry"
    PHONE = "phone"
    PROJECT_DIAGRAM = "project-diagram"
    ROCKET = "rocket"
    SHIELD_ALT = "shield-alt"
    TASKS = "tasks"
    THUMBS_UP = "thumbs-up"
    USERS = "users"
    USER_COG = "user-cog"
    USER_EDIT = "user-edit"
    USER_FRIENDS = "user-friends"
    USER_GRADUATE = "user-graduate"
    USER_LOCK = "user-lock"
    USER_SECRET = "user-secret"
    USER_SHIELD = "user-shield"
    USER_TIE = "user-tie"
    WRENCH = "wrench"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DepartmentIcon | None":
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
