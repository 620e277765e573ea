from ..types import ApiStrEnum


class ChatPermissionsMode(ApiStrEnum):
    PASSWORD = "password"
