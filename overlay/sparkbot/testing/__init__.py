"""A stateful fake SparkBot server for tests, demos and offline work (`pip install sparkbot[fake]`).

```python
from sparkbot.testing import FakeSparkBot

fake = FakeSparkBot()
client = fake.client()
client.messages.send_text(device=fake.device_id, phone="+34600111222", message="hi")
```

Nobody can reach the real service from a laptop without an account, so the fake answers every operation
of the spec, with real in-memory state for the core flows; see `FakeSparkBot` for the knobs.
"""

try:
    from ._app import BASE_URL, FakeSparkBot
    from ._knobs import RecordedRequest
    from ._redis_server import redis_server
except ModuleNotFoundError as exc:  # pragma: no cover - depends on what is installed
    if exc.name not in ("starlette", "uvicorn", "openapi_core", "anyio"):
        raise
    raise ImportError(f"sparkbot.testing needs the fake extra: pip install 'sparkbot[fake]' ({exc})") from exc

__all__ = ["BASE_URL", "FakeSparkBot", "RecordedRequest", "redis_server"]
