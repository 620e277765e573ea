"""A client library for accessing SparkBot WhatsApp API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
