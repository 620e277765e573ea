from enum import IntEnum


class ErrorStatus(IntEnum):
    VALUE_400 = 400
    VALUE_401 = 401
    VALUE_402 = 402
    VALUE_403 = 403
    VALUE_404 = 404
    VALUE_405 = 405
    VALUE_409 = 409
    VALUE_410 = 410
    VALUE_413 = 413
    VALUE_415 = 415
    VALUE_429 = 429
    VALUE_451 = 451
    VALUE_500 = 500
    VALUE_501 = 501
    VALUE_502 = 502
    VALUE_503 = 503
    VALUE_504 = 504
    VALUE_505 = 505

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorStatus | None":
        # A value the spec does not list yet must not fail the whole response: keep the raw value in a
        # pseudo-member (cached, so equal values give the same object). Its name is a _sunder_ name,
        # which Enum reserves, so it cannot clash with a real member.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "_UNKNOWN_"
        member._value_ = value
        cached = cls._value2member_map_.setdefault(value, member)
        return cached if isinstance(cached, cls) else member
