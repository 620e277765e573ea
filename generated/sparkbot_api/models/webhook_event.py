from ..types import ApiStrEnum


class WebhookEvent(ApiStrEnum):
    CHANNELIN = "channel:in"
    CHATUPDATE = "chat:update"
    CONTACTUPDATE = "contact:update"
    GROUPUPDATE = "group:update"
    MESSAGEINNEW = "message:in:new"
    MESSAGEOUTACK = "message:out:ack"
    MESSAGEOUTFAILED = "message:out:failed"
    MESSAGEOUTNEW = "message:out:new"
    MESSAGEOUTSENT = "message:out:sent"
    MESSAGEREACTION = "message:reaction"
    MESSAGEUPDATE = "message:update"
    NUMBERSESSION = "number:session"
    STATUSUPDATE = "status:update"
