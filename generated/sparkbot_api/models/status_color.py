from enum import StrEnum


class StatusColor(StrEnum):
    CHARCOAL = "charcoal"
    DARK_KHAKI = "dark_khaki"
    DARK_MAGENTA = "dark_magenta"
    DARK_PURPLE = "dark_purple"
    DARK_TAUPE = "dark_taupe"
    DODGER_BLUE = "dodger_blue"
    GOLDENROD = "goldenrod"
    LIGHT_CORAL = "light_coral"
    LIGHT_PLUM = "light_plum"
    LIGHT_SKY_BLUE = "light_sky_blue"
    LIGHT_TAUPE = "light_taupe"
    MEDIUM_SEA_GREEN = "medium_sea_green"
    MOSS_GREEN = "moss_green"
    OLIVE_GREEN = "olive_green"
    PERIWINKLE = "periwinkle"
    RED_PURPLE = "red_purple"
    SALMON = "salmon"
    SEAFOAM_GREEN = "seafoam_green"
    SKY_BLUE = "sky_blue"
    SLATE_GRAY = "slate_gray"
    WINE_RED = "wine_red"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StatusColor | None":
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
