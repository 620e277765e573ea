"""The `sparkbot` logger: off by default, `SPARKBOT_LOG=debug|info` turns it on; secrets never print."""

from __future__ import annotations

import logging
import os

from ._constants import ENV_LOG

logger = logging.getLogger("sparkbot")


class RedactSecrets(logging.Filter):
    """Replaces any registered secret (the API key) in a record's message with `***`."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


_redact = RedactSecrets()
logger.addFilter(_redact)
# httpx logs each request's URL at INFO (a `?token=` key included); httpcore traces at DEBUG.
for _name in ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy"):
    logging.getLogger(_name).addFilter(_redact)


def setup_logging(secret: str | None = None) -> None:
    """Register the key for redaction and honour SPARKBOT_LOG (once per process)."""
    if secret:
        _redact.secrets.add(secret)
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in ("debug", "info") or getattr(logger, "_sparkbot_configured", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler.addFilter(_redact)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    logger._sparkbot_configured = True  # type: ignore[attr-defined]
