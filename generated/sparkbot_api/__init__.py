"""The generated half of sparkbot: models (`sparkbot_api.models`), one request builder per operation
(`sparkbot_api.api`) and the typed facade (`sparkbot_api.facade`). Users import `sparkbot`."""
