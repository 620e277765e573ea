from ..types import ApiStrEnum


class ListUserStatusesTypeItem(ApiStrEnum):
    IMAGE = "image"
    TEXT = "text"
    VIDEO = "video"
