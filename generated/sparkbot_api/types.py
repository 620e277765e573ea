"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


# sparkbot: what a model's from_dict absorbs while parsing one field (a value of an unexpected type or
# shape); the field then reads None and the raw value stays in additional_properties.
LENIENT = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def api_datetime(value: datetime.datetime) -> str:
    """sparkbot: a date-time as the API writes it: ISO 8601, UTC as `Z` (isoformat would say +00:00)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def compact_repr(model: Any) -> str:
    """sparkbot: a model's repr with only the fields that are set (responses leave most of them unset)."""
    from attrs import fields

    shown = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name)
        if (
            value is not None
            and not isinstance(value, Unset)
            and not (attribute.name == "additional_properties" and not value)
        ):
            shown.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["LENIENT", "UNSET", "api_datetime", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
