from ..types import ApiStrEnum


class SearchFilesExtItem(ApiStrEnum):
    DOCX = "docx"
    JPG = "jpg"
    MP3 = "mp3"
    MP4 = "mp4"
    OGG = "ogg"
    PDF = "pdf"
    PNG = "png"
    XLSX = "xlsx"
