from ..types import ApiStrEnum


class DeviceConnector(ApiStrEnum):
    CLOUD = "cloud"
    WEB = "web"
