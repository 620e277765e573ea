from ..types import ApiStrEnum


class ContactGender(ApiStrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
