from ..types import ApiStrEnum


class ScanQrEncoding(ApiStrEnum):
    BASE64 = "base64"
    BASE64_URI = "base64_uri"
    IMAGE = "image"
    JSON = "json"
    SVG = "svg"
    URI = "uri"
