"""Raw access to a call: `APIResponse` (status, headers and the parsed result together).

The class is declared with the generated facade (whose raw namespaces return it) and re-exported here."""

from sparkbot_api.facade._base import APIResponse

__all__ = ["APIResponse"]
