"""sparkbot: the Python client for the SparkBot WhatsApp API.

`import sparkbot` is cheap: the client, its resources and the generated models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncSparkBot, SparkBot
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DeviceResolutionError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        SparkBotError,
        SparkBotValidationError,
        UnprocessableEntityError,
    )
    from ._pagination import AsyncPager, SyncPager
    from ._response import APIResponse
    from ._transport import RetryTransport
    from .pacing import Pacer

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncSparkBot",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeviceResolutionError",
    "InternalServerError",
    "NotFoundError",
    "Pacer",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryTransport",
    "SparkBot",
    "SparkBotError",
    "SparkBotValidationError",
    "SyncPager",
    "UnprocessableEntityError",
    "__version__",
]
_HOMES = {
    "SparkBot": "._client",
    "AsyncSparkBot": "._client",
    "APIResponse": "._response",
    "SyncPager": "._pagination",
    "AsyncPager": "._pagination",
    "RetryTransport": "._transport",
    "Pacer": ".pacing",
}


def __getattr__(name: str) -> Any:
    """Load a public name on first use, so `import sparkbot` stays as cheap as possible."""
    if name == "webhooks":
        from importlib import import_module

        return import_module(".webhooks", __name__)
    if name not in __all__:
        raise AttributeError(f"module 'sparkbot' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_HOMES.get(name, "._errors"), __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
