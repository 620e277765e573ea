"""The fake's handlers, one module per area of the API; importing this package registers them all."""

from . import account, chats, devices, groups, organize

__all__ = ["account", "chats", "devices", "groups", "organize"]
