"""Every model the API returns or takes, and the TypedDicts of nested arguments: one import home.

`from sparkbot.types import Message, Device, Chat, PollParam` -- models are the generated ones
(`sparkbot_api.models`, with `to_dict()`/`to_json()`), `...Param` are the dict shapes of nested arguments
such as `media=` or `expiration=` (`sparkbot_api.facade.params`). Names load on first use, so importing
this module stays cheap; `api.md` lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names as type checkers see them (a misspelt one is an error for them)
    from sparkbot_api.facade.params import *  # noqa: F403  # pyright: ignore[reportWildcardImportFromLibrary]
    from sparkbot_api.models import *  # noqa: F403  # pyright: ignore[reportWildcardImportFromLibrary]
else:
    from importlib import import_module

    _HOMES = ("sparkbot_api.models", "sparkbot_api.facade.params")

    def _names(home: str) -> tuple[str, ...]:
        return tuple(import_module(home).__all__)

    def __getattr__(name: str) -> object:
        if name == "__all__":  # `from sparkbot.types import *`
            return sorted({*_names(_HOMES[0]), *_names(_HOMES[1])})
        for home in _HOMES:
            if name in _names(home):
                value = getattr(import_module(home), name)
                globals()[name] = value
                return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *_names(_HOMES[0]), *_names(_HOMES[1])})
