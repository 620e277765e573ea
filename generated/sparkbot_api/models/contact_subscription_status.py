from ..types import ApiStrEnum


class ContactSubscriptionStatus(ApiStrEnum):
    ACTIVE = "active"
    EXCLUDE = "exclude"
    SUBSCRIBED = "subscribed"
    UNSUBSCRIBED = "unsubscribed"
