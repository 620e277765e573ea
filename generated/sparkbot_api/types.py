"""Contains some shared types for properties"""

import datetime
import json
from collections.abc import Callable, Mapping
from enum import Enum, IntEnum, StrEnum
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Literal, Self
from urllib.parse import quote

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

Read = Callable[[Any], Any]
"""sparkbot: how a model reads one field's JSON value (a model's from_dict, an enum's `member`, fromisoformat,
or a combination below); it raises one of LENIENT when the value does not fit."""


def member(enum: type[Enum]) -> Read:
    """An enum member: the same as `enum(value)` (unknown values included), with the common case (a listed
    value) a dict lookup instead of Enum's slower call."""
    members = enum._value2member_map_

    def read_member(value: Any) -> Any:
        found = members.get(value)  # an unhashable value raises TypeError here, ValueError in enum(value)
        return enum(value) if found is None else found

    return read_member


def each(read: Read) -> Read:
    """A list read item by item: one item that does not fit and the whole list does not."""

    def read_each(value: Any) -> list[Any]:
        return [read(item) for item in value]

    return read_each


def nullable(read: Read) -> Read:
    """null is a value of the field (it reads None); anything else is read by `read`."""

    def read_nullable(value: Any) -> Any:
        return None if value is None else read(value)

    return read_nullable


def either(*options: tuple[type, Read], as_is: bool = False) -> Read:
    """A union: the first option whose JSON type and reader accept the value; else, when the union has a
    plain type (`as_is`), the value as it came."""

    def read_either(value: Any) -> Any:
        for kind, read in options:
            if isinstance(value, kind):
                try:
                    return read(value)
                except LENIENT:
                    pass
        if as_is:
            return value
        raise TypeError(f"unexpected {type(value).__name__}")

    return read_either


def read_file(value: Any) -> "File":
    """A multipart body's file field (its bytes) read back."""
    return File(payload=BytesIO(value))


def dump(value: Any) -> Any:
    """sparkbot: a field's value as the API writes it: nested models as dicts, enums as their value,
    date-times by api_datetime, lists item by item; anything else as it is."""
    if isinstance(value, ApiModel):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return api_datetime(value)
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, File):
        return value.to_tuple()
    return value


def path_segment(value: str) -> str:
    """sparkbot: a path parameter, percent-encoded (ids, plain letters and digits, go as they are)."""
    return value if value.isascii() and value.isalnum() else quote(value, safe="")


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


_new = object.__new__


class ApiModel:
    """sparkbot: what every model shares. Replies always parse: `from_dict` reads each field the model knows
    by its reader (`_api_fields`: API key -> (attribute, reader; None: taken as it comes)). A value that does
    not fit its field leaves the field None and stays, raw, in `additional_properties` under its API key,
    with the keys the model does not know; `model["key"]` reads them and `to_dict()` writes them back. An
    absent field reads None (a required one too)."""

    __slots__ = ()
    _api_fields: ClassVar[dict[str, tuple[str, Read | None]]] = {}
    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the API's JSON object, leniently (see above). Only the fields the reply has
        are set (a reply has a few of a model's many fields): the others read None (`__getattr__`)."""
        fields = cls._api_fields
        model = _new(cls)
        extra: dict[str, Any] = {}
        for key, value in (src_dict if type(src_dict) is dict else dict(src_dict)).items():
            field = fields.get(key)
            if field is None:
                extra[key] = value
                continue
            name, read = field
            if read is None:
                setattr(model, name, value)
            else:
                try:
                    setattr(model, name, read(value))
                except LENIENT:
                    extra[key] = value
        model.additional_properties = extra  # type: ignore[misc]  # a slot of every attrs model
        return model

    if not TYPE_CHECKING:  # at run time only: type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            """A field `from_dict` did not set (the reply left it out) reads None, as in a model built
            with its defaults."""
            if name in type(self)._api_attributes():
                return None
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @classmethod
    def _api_attributes(cls) -> frozenset[str]:
        """The attribute names of the model's fields (made once per class)."""
        names = cls.__dict__.get("_api_names")
        if names is None:
            names = frozenset(name for name, _ in cls._api_fields.values())
            type.__setattr__(cls, "_api_names", names)
        return names

    def to_dict(self) -> dict[str, Any]:
        """The model as the API writes it: API field names, None fields left out, additional_properties in."""
        field_dict = dict(self.additional_properties)
        for key, (name, read) in self._api_fields.items():
            value = getattr(self, name)
            if value is not None:
                field_dict[key] = value if read is None else dump(value)
        return field_dict

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ApiStrEnum(StrEnum):
    """sparkbot: what every string enum of the API shares. A value the spec does not list yet must not fail
    the whole response: it becomes a pseudo-member named `_UNKNOWN_` with the raw value."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        return _unknown_member(cls, str.__new__(cls, value), value)


class ApiIntEnum(IntEnum):
    """sparkbot: what every integer enum of the API shares (see ApiStrEnum)."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return _unknown_member(cls, int.__new__(cls, value), value)


def _unknown_member(cls: type[Enum], member: Any, value: object) -> Any:
    """The pseudo-member for `value`, cached, so equal values give the same object. Its name is a _sunder_
    name, which Enum reserves, so it cannot clash with a real member."""
    member._name_ = "_UNKNOWN_"
    member._value_ = value
    cached = cls._value2member_map_.setdefault(value, member)
    return cached if isinstance(cached, cls) else member


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


__all__ = [
    "LENIENT",
    "UNSET",
    "ApiIntEnum",
    "ApiModel",
    "ApiStrEnum",
    "File",
    "FileTypes",
    "Read",
    "RequestFiles",
    "Unset",
    "api_datetime",
    "compact_repr",
    "dump",
    "each",
    "either",
    "member",
    "nullable",
    "read_file",
]
