from ..types import ApiStrEnum


class CampaignSource(ApiStrEnum):
    CONTACTS = "contacts"
    IMPORT = "import"
