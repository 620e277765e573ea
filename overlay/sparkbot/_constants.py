"""Every default of the client in one screen: timeouts, retries, environment variable names."""

from __future__ import annotations

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, so at most 3 attempts."""
INITIAL_BACKOFF = 0.5
"""Backoff before the first retry, in seconds; doubles per retry, with jitter."""
MAX_BACKOFF = 8.0
"""Upper bound of the computed backoff, in seconds."""
MAX_RETRY_AFTER = 60.0
"""Longest server-requested wait honoured; a longer Retry-After means: do not retry, return the response."""

ENV_API_KEY = "SPARKBOT_API_KEY"
ENV_BASE_URL = "SPARKBOT_BASE_URL"
ENV_DEVICE = "SPARKBOT_DEVICE"
ENV_LOG = "SPARKBOT_LOG"
