from ..types import ApiStrEnum


class GetDeviceInclude(ApiStrEnum):
    AGENTS = "agents"
    CATALOG = "catalog"
    QUICKREPLIES = "quickReplies"
