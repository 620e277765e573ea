"""Account-wide resources: outbound messages, uploaded files, campaigns and webhooks."""

from __future__ import annotations

import hashlib
import mimetypes
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import _messaging
from .._messaging import FILE_BYTES, media_info
from .._router import ApiError, Call, Reply, handles, not_found, ok, pick
from .._state import JSON, State, digits, duration, now, stamp, user_wid
from .devices import JPEG

_EDITABLE = ("message", "deliverAt", "priority", "reference", "label", "agent")


@handles("POST /messages")
def send_message(c: Call) -> Any:
    return _messaging.create(c.state, c.body)


@handles("GET /messages")
def list_messages(c: Call) -> Any:
    q, search = c.query, str(c.query.get("search") or "").lower()
    phone = digits(q["phone"]) if q.get("phone") else None
    found = [
        m
        for m in c.state.messages.values()
        if all(
            c.matches(m, name)
            for name in ("status", "deliveryStatus", "device", "group", "channel", "priority")
        )
        and c.matches(m, "ids", "id")
        and c.matches(m, "devices", "device")
        and c.matches(m, "reference")
        and c.matches(m, "waIds", "waId")
        and (phone is None or digits(m.get("phone", "")) == phone)
        and search in str(m.get("message", "")).lower()
    ]
    return c.page(found)


@handles("GET /messages/{messageId}")
def get_message(c: Call) -> Any:
    """Reading a message is what moves it along (see `_messaging`): each read is one delivery step."""
    _messaging.advance(c.state, c.obj)
    return c.obj


@handles("PATCH /messages/{messageId}")
def update_message(c: Call) -> Any:
    if c.obj["status"] != "queued":
        raise ApiError(
            409, f"message {c.obj['id']} is already {c.obj['status']}: only queued ones can change"
        )
    c.obj.update(pick(c.body, *_EDITABLE))
    for field in c.arg("remove", []):
        c.obj.pop(field, None)
    return c.obj


@handles("DELETE /messages/{messageId}")
def delete_message(c: Call) -> Any:
    del c.state.messages[c.obj["id"]]
    return ok("message deleted", c.obj["id"])


@handles("GET /files")
def list_files(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    return c.page(
        f
        for f in c.state.files.values()
        if all(c.matches(f, name) for name in ("kind", "status", "reference", "format", "ext", "sha2"))
        and c.matches(f, "ids", "id")
        and search in f["filename"].lower()
    )


@handles("POST /files")
def upload_file(c: Call) -> Any:
    """Files come from a URL (JSON) or as the `file` part of a multipart/form-data body; `reference` may
    also travel in the query. The answer is an array of the created files, as the
    API answers; the same content or reference twice is a 409 whose `meta.file` is the existing file's id,
    which callers then send (evidence: openapi/EVIDENCE.md, upload_file)."""
    fields: JSON = c.body if isinstance(c.body, dict) else {}
    upload = c.uploads.get("file")
    if upload is not None:
        content, name, mime = upload.data, fields.get("filename") or upload.filename, upload.content_type
        origin = "upload"
    elif fields.get("url"):
        url = str(fields["url"])
        content, name, mime = f"{FILE_BYTES.decode()}% {url}\n".encode(), media_info(url)["filename"], ""
        origin = "remote"  # the fake fetches nothing: the content stands in for the URL's
    else:
        field = "file" if c.multipart else "url"
        raise ApiError(400, "a file is required: a `file` part, or a `url` field", field)
    reference = c.query.get("reference") or fields.get("reference")
    sha2 = hashlib.sha256(content).hexdigest()
    for existing in c.state.files.values():
        if existing["sha2"] == sha2 or (reference and existing.get("reference") == reference):
            raise ApiError(
                409,
                f"File already exists with ID {existing['id']}.",
                code="error:file_exists",
                meta={"file": existing["id"]},
            )
    file_id = c.state.new_id()
    info = file_info(str(name or "file"), mime)
    stored: JSON = {
        "id": file_id,
        "status": "active",
        "origin": origin,
        "permission": fields.get("permission") or "public",
        "format": fields.get("format") or "native",
        **info,
        "size": len(content),
        "sha2": sha2,
        "createdAt": now(),
        "expiresAt": expires(str(fields.get("expiration") or "30d")),
    }
    if origin == "remote":
        stored["url"] = fields["url"]
    if reference:
        stored["reference"] = reference
    tags = fields.get("tags")
    if tags:  # a JSON list, or comma-separated in a form
        stored["tags"] = [t.strip() for t in tags.split(",")] if isinstance(tags, str) else list(tags)
    c.state.files[file_id] = stored
    c.state.file_contents[file_id] = content
    return [stored]


_KINDS = ("image", "video", "audio")


def file_info(filename: str, mime: str = "") -> JSON:
    """What the API tells of a file by its name and type: filename, ext, mime, kind."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    mime = mime or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    major = mime.split("/", 1)[0]
    return {"filename": filename, "ext": ext, "mime": mime, "kind": major if major in _KINDS else "document"}


def expires(expiration: str) -> str:
    """When a file uploaded now expires, for an `expiration` like `10m`, `6h`, `30d`, `1y`."""
    return stamp(datetime.now(UTC) + (duration(expiration) or timedelta(days=30)))


@handles("DELETE /files")
def delete_files(c: Call) -> Any:
    ids = c.arg("ids") or list(c.state.files)[: c.arg("limit", 100)]
    removed = [i for i in ids if c.state.files.pop(i, None) is not None]
    return ok(f"{len(removed)} files deleted")


@handles("GET /files/{fileId}")
def get_file(c: Call) -> Any:
    return c.obj


@handles("PATCH /files/{fileId}")
def update_file(c: Call) -> Any:
    c.obj.update(pick(c.body, "filename", "reference", "format", "tags", "message", "permission"))
    return c.obj


@handles("DELETE /files/{fileId}")
def delete_file(c: Call) -> Any:
    del c.state.files[c.obj["id"]]
    return ok("file deleted", c.obj["id"])


@handles("GET /files/{fileId}/preview")
def preview_file(c: Call) -> Any:
    return Reply(JPEG, "image/jpeg")


def new_campaign(state: State, device: str, name: str, message: str, phones: list[str], status: str) -> JSON:
    """A campaign with one recipient per phone. There is no create action in the API; tests seed them."""
    campaign_id = state.new_id()
    state.campaigns[campaign_id] = {
        "id": campaign_id,
        "name": name,
        "device": device,
        "status": status,
        "mode": "single",
        "source": "contacts",
        "message": message,
        "stats": {"total": len(phones), "processed": 0, "delivered": 0},
    }
    state.campaign_contacts[campaign_id] = [
        {
            "id": state.new_id(),
            "campaign": campaign_id,
            "wid": user_wid(p),
            "phone": p,
            "kind": "user",
            "status": "pending",
            "ack": "pending",
            "date": now(),
        }
        for p in phones
    ]
    return state.campaigns[campaign_id]


@handles("GET /campaigns")
def list_campaigns(c: Call) -> Any:
    return c.page(
        x
        for x in c.state.campaigns.values()
        if c.matches(x, "status") and c.matches(x, "device") and c.matches(x, "id")
    )


@handles("GET /campaigns/{campaignId}")
def get_campaign(c: Call) -> Any:
    return c.obj


@handles("DELETE /campaigns/{campaignId}")
def delete_campaign(c: Call) -> Any:
    del c.state.campaigns[c.obj["id"]]
    c.state.campaign_contacts.pop(c.obj["id"], None)
    return ok("campaign deleted", c.obj["id"])


@handles("GET /campaigns/{campaignId}/contacts")
def list_campaign_contacts(c: Call) -> Any:
    contacts = c.state.campaign_contacts.get(c.obj["id"], [])
    return c.page(
        x for x in contacts if c.matches(x, "status") and c.matches(x, "ack") and c.matches(x, "wid")
    )


@handles("PUT /campaigns/{campaignId}/status")
def update_campaign_status(c: Call) -> Any:
    action, status = c.arg("action"), c.obj["status"]
    if status in ("completed", "failed") or (action == "stop" and status == "stopped"):
        raise ApiError(409, f"cannot {action} a {status} campaign", "action")
    if action == "start":
        c.obj.update(status="processing", startedAt=now())
    else:
        c.obj.update(status="stopped", stoppedAt=now())
    return c.obj


def _webhook_device(c: Call) -> None:
    device = c.arg("device")
    if device and device not in c.state.devices:
        raise not_found("device", device, "device")


@handles("GET /webhooks")
def list_webhooks(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    return c.page(
        w
        for w in c.state.webhooks.values()
        if c.matches(w, "status") and search in f"{w['name']} {w['url']}".lower()
    )


@handles("POST /webhooks")
def create_webhook(c: Call) -> Any:
    _webhook_device(c)
    hook_id = c.state.new_id()
    c.state.webhooks[hook_id] = {
        "id": hook_id,
        "status": "active",
        "events": [],
        "retries": 0,
        **pick(c.body, "name", "url", "events", "device"),
    }
    c.state.webhook_logs[hook_id] = []
    return c.state.webhooks[hook_id]


@handles("GET /webhooks/{webhookId}")
def get_webhook(c: Call) -> Any:
    return c.obj


@handles("PATCH /webhooks/{webhookId}")
def update_webhook(c: Call) -> Any:
    _webhook_device(c)
    c.obj.update(pick(c.body, "name", "url", "events", "device"))
    return c.obj


@handles("DELETE /webhooks/{webhookId}")
def delete_webhook(c: Call) -> Any:
    del c.state.webhooks[c.obj["id"]]
    return ok("webhook deleted", c.obj["id"])


@handles("POST /webhooks/{webhookId}/enable")
def enable_webhook(c: Call) -> Any:
    c.obj.update(status="active", retries=0)
    return c.obj


@handles("GET /webhooks/{webhookId}/logs")
def list_webhook_logs(c: Call) -> Any:
    skip, size = int(c.query.get("skip") or 0), int(c.query.get("size") or 20)
    return c.state.webhook_logs.get(c.obj["id"], [])[skip : skip + size]
