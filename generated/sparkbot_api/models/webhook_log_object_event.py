from ..types import ApiStrEnum


class WebhookLogObjectEvent(ApiStrEnum):
    DEVICESTATUSUPDATE = "device:status:update"
    MESSAGEINNEW = "message:in:new"
    MESSAGEOUTACK = "message:out:ack"
    MESSAGEOUTEXPIRED = "message:out:expired"
    MESSAGEOUTFAILED = "message:out:failed"
    MESSAGEOUTNEW = "message:out:new"
    MESSAGEOUTREMOVED = "message:out:removed"
    MESSAGEOUTRETRY = "message:out:retry"
    MESSAGEOUTSENT = "message:out:sent"
