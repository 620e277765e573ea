from ..types import ApiStrEnum


class BillingPlan(ApiStrEnum):
    BUSINESS = "business"
    ENTERPRISE = "enterprise"
    GATEWAY_BUSINESS = "gateway-business"
    GATEWAY_ENTERPRISE = "gateway-enterprise"
    GATEWAY_PROFESSIONAL = "gateway-professional"
    IO_BUSINESS = "io-business"
    IO_ENTERPRISE = "io-enterprise"
    IO_PROFESSIONAL = "io-professional"
    PROFESSIONAL = "professional"
