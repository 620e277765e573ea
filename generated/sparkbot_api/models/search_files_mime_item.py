from ..types import ApiStrEnum


class SearchFilesMimeItem(ApiStrEnum):
    APPLICATIONPDF = "application/pdf"
    AUDIOMP3 = "audio/mp3"
    AUDIOOGG = "audio/ogg"
    IMAGEJPEG = "image/jpeg"
    IMAGEPNG = "image/png"
    VIDEOMP4 = "video/mp4"
