from ..types import ApiStrEnum


class UpdateMessageBodyRemoveItem(ApiStrEnum):
    LOCATION = "location"
    LOCATION_ADDRESS = "location.address"
    LOCATION_COORDINATES = "location.coordinates"
    MEDIA = "media"
    MEDIA_FILE = "media.file"
    MEDIA_MESSAGE = "media.message"
    MEDIA_REFERENCE = "media.reference"
    REFERENCE = "reference"
