from enum import StrEnum


class BillingPlan(StrEnum):
    BUSINESS = "business"
    ENTERPRISE = "enterprise"
    GATEWAY_BUSINESS = "gateway-business"
    GATEWAY_ENTERPRISE = "gateway-enterprise"
    GATEWAY_PROFESSIONAL = "gateway-professional"
    IO_BUSINESS = "io-business"
    IO_ENTERPRISE = "io-enterprise"
    IO_PROFESSIONAL = "io-professional"
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingPlan | None":
        # A value the spec does not list yet must not fail the whole response: keep the raw value in a
        # pseudo-member (cached, so equal values give the same object). Its name is a _sunder_ name,
        # which Enum reserves, so it cannot clash with a real member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "_UNKNOWN_"
        member._value_ = value
        cached = cls._value2member_map_.setdefault(value, member)
        return cached if isinstance(cached, cls) else member
