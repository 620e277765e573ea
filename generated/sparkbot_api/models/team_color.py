from ..types import ApiStrEnum


class TeamColor(ApiStrEnum):
    AZURE = "azure"
    BLUE = "blue"
    CYAN = "cyan"
    GRAY = "gray"
    GRAY_DARK = "gray-dark"
    GREEN = "green"
    INDIGO = "indigo"
    LIME = "lime"
    ORANGE = "orange"
    PINK = "pink"
    PURPLE = "purple"
    RED = "red"
    TEAL = "teal"
    YELLOW = "yellow"
