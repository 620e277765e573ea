from ..types import ApiIntEnum


class ErrorStatus(ApiIntEnum):
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
