"""Every default of the client in one screen: timeouts, retries, environment variable names."""

from __future__ import annotations

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0

ENV_API_KEY = "SPARKBOT_API_KEY"
ENV_BASE_URL = "SPARKBOT_BASE_URL"
ENV_DEVICE = "SPARKBOT_DEVICE"
ENV_LOG = "SPARKBOT_LOG"

# SparkBot is a white label of the Wassenger API; its own host is set per account.
DEFAULT_BASE_URL = "https://api.wassenger.com/v1"
