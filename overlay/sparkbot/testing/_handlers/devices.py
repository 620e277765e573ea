"""WhatsApp numbers: devices, their session, outbound queue, profile and catalog; phone number checks.

The session is a small state machine a test can drive: a new number waits for pairing (`authorize`),
`start` stands for "the QR code was scanned" and brings it `online`, `reset` logs it out again. Messages
only leave the queue of an online number whose queue is `active`.
"""

from __future__ import annotations

from typing import Any

from .._messaging import queue_counts
from .._router import Call, Reply, handles, not_found, ok, pick
from .._spec import phone_pattern
from .._state import JSON, DeviceData, State, digits, now, user_wid

QR_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21" shape-rendering="crispEdges">'
    '<path fill="#fff" d="M0 0h21v21H0z"/><path d="M0 0h7v7H0zm14 0h7v7h-7zM0 14h7v7H0zm9 9h3v3H9z"/></svg>'
)
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
"""A tiny JPEG (header and end marker): what profile images and file previews answer."""


def device_view(state: State, data: DeviceData) -> JSON:
    """The device as the API shows it, with its live queue summary and labels."""
    counts = queue_counts(state, data.id)
    queue = {**data.queue, "messages": counts["total"], "scheduled": counts["scheduled"]}
    return {**data.device, "queue": queue, "labels": {"entries": list(data.labels.values())}}


@handles("GET /devices")
def list_devices(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    found = [
        device_view(c.state, data)
        for data in c.state.devices.values()
        if c.matches(data.device, "ids", "id")
        and c.matches(data.device, "status")
        and c.query.get("sessionStatus") in (None, data.device["session"]["status"])
        and search in " ".join(str(data.device.get(k, "")) for k in ("alias", "phone", "description")).lower()
    ]
    return c.page(found)


@handles("POST /devices")
def create_device(c: Call) -> Any:
    data = c.state.add_device(
        phone=None,
        alias=c.arg("alias"),
        session="authorize",
        plan=c.arg("billingPlan"),
        description=c.arg("description"),
    )
    return device_view(c.state, data)


@handles("GET /devices/{deviceId}")
def get_device(c: Call) -> Any:
    return device_view(c.state, c.dev)


@handles("PATCH /devices/{deviceId}")
def update_device(c: Call) -> Any:
    device = c.dev.device
    device.update(pick(c.body, "alias", "description"))
    if c.arg("settings") is not None:
        device["settings"] = {**device.get("settings", {}), **c.arg("settings")}
    if c.arg("plan") is not None:
        device["billing"]["plan"] = c.arg("plan")
    if c.arg("enable") is not None:
        device["status"] = "operative" if c.arg("enable") else "disabled"
    return device_view(c.state, c.dev)


@handles("DELETE /devices/{deviceId}")
def delete_device(c: Call) -> Any:
    del c.state.devices[c.dev.id]
    return ok("number deleted", c.dev.id)


def _session_sync(data: DeviceData, message: str) -> JSON:
    device, session = data.device, data.device["session"]
    session["lastSyncAt"] = now()
    return {
        "id": data.id,
        "device": data.id,
        **pick(device, "phone", "wid", "alias"),
        "status": device["status"],
        "sessionStatus": session["status"],
        "message": message,
        "lastSyncAt": session["lastSyncAt"],
        "session": session,
    }


@handles("GET /devices/{deviceId}/sync")
def sync_session(c: Call) -> Any:
    return _session_sync(c.dev, "session synchronized")


@handles("POST /devices/{deviceId}/start")
def start_session(c: Call) -> Any:
    c.dev.device["session"].update(status="online", uptime=0)
    c.dev.device["status"] = "operative"
    return _session_sync(c.dev, "session started")


@handles("POST /devices/{deviceId}/reboot")
def reboot_session(c: Call) -> Any:
    c.dev.device["session"]["uptime"] = 0
    return ok("session rebooted", c.dev.id)


@handles("POST /devices/{deviceId}/reset")
def reset_session(c: Call) -> Any:
    c.dev.device["session"].update(status="authorize", uptime=0)
    c.dev.device["status"] = "pending"
    if c.query.get("emptyQueue"):
        _empty_queue(c.state, c.dev.id, {})
    return ok("session reset: scan the QR code to pair the number again", c.dev.id)


@handles("GET /devices/{deviceId}/scan")
def scan_qr(c: Call) -> Any:
    encoding = c.query.get("encoding") or "svg"
    if encoding in ("svg", "image"):
        return Reply(QR_SVG, "image/svg+xml")
    return {"data": f"2@fake-qr-{c.dev.id}", "encoding": encoding, "expiresAt": now()}


@handles("GET /devices/{deviceId}/health")
def session_health(c: Call) -> Any:
    session = c.dev.device["session"]
    return {
        "device": c.dev.id,
        "status": c.dev.device["status"],
        "sessionStatus": session["status"],
        "healthy": c.dev.online,
        "online": c.dev.online,
        "uptime": session.get("uptime", 0),
        "message": "session online" if c.dev.online else f"session {session['status']}",
        "checkedAt": now(),
    }


@handles("POST /devices/{deviceId}/authcode")
def request_auth_code(c: Call) -> Any:
    return ok("authentication code sent to the phone", "FAKE-1234")


@handles("GET /devices/{deviceId}/queue")
def queue_status(c: Call) -> Any:
    return {"device": c.dev.id, **c.dev.queue, **queue_counts(c.state, c.dev.id)}


@handles("POST /devices/{deviceId}/queue")
def set_queue_status(c: Call) -> Any:
    c.dev.queue.update(status=c.arg("status"), statusUpdatedAt=now())
    return queue_status(c)


@handles("PATCH /devices/{deviceId}/queue")
def route_queue(c: Call) -> Any:
    target = c.arg("device")
    if target not in c.state.devices:
        raise not_found("device", target, "device")
    moved = [m for m in c.state.messages.values() if m["device"] == c.dev.id and m["status"] == "queued"]
    for message in moved:
        message["device"] = target
    return ok(f"{len(moved)} queued messages moved to {target}")


@handles("DELETE /devices/{deviceId}/queue")
def empty_queue(c: Call) -> Any:
    removed = _empty_queue(c.state, c.dev.id, c.body if isinstance(c.body, dict) else {})
    return ok(f"{removed} queued messages removed")


def _empty_queue(state: State, device: str, body: JSON) -> int:
    ids, phones, groups = body.get("ids"), body.get("phones"), body.get("groups")
    count = 0
    for message in state.messages.values():
        if message["device"] != device or message["status"] != "queued":
            continue
        if (ids and message["id"] not in ids) or (phones and message.get("phone") not in phones):
            continue
        if (groups and message.get("group") not in groups) or (
            body.get("skipScheduled") and "deliverAt" in message
        ):
            continue
        message.update(status="removed", deliveryStatus="cancelled")
        count += 1
    return count


@handles("GET /devices/{deviceId}/profile")
def get_profile(c: Call) -> Any:
    return {"isBusiness": False, **c.dev.device["profile"]}


@handles("PATCH /devices/{deviceId}/profile")
def update_profile(c: Call) -> Any:
    c.dev.device["profile"].update(pick(c.body, "name", "status", "businessProfile"), lastSyncAt=now())
    return get_profile(c)


@handles("GET /devices/{deviceId}/profile/image")
def get_profile_image(c: Call) -> Any:
    return Reply(JPEG, "image/jpeg")


@handles("PUT /devices/{deviceId}/profile/image")
def update_profile_image(c: Call) -> Any:
    c.dev.device["profile"]["image"] = pick(c.body, "url")
    return ok("profile image updated")


@handles("GET /devices/{deviceId}/catalog")
def list_catalog(c: Call) -> Any:
    return []


@handles("POST /devices/{deviceId}/catalog")
def query_catalog(c: Call) -> Any:
    return []


@handles("POST /numbers/exists")
def number_exists(c: Call) -> Any:
    phone = c.arg("phone")
    found: JSON = {
        "phone": phone,
        "wid": user_wid(phone),
        "exists": True,
        "isBusiness": False,
        "link": f"https://wa.me/{digits(phone)}",
    }
    known = [(code, str(p)) for code, p in _PREFIXES.items() if digits(phone).startswith(str(p))]
    if known:  # the country, when the fake knows its prefix (the API gives more about it)
        code, prefix = max(known, key=lambda k: len(k[1]))
        found["country"] = {"code": code, "phonePrefix": f"+{prefix}"}
    return found


# Dialling prefixes of the countries the fake knows, for numbers sent without one (`prefix` wins).
_PREFIXES = {
    "ES": 34,
    "MX": 52,
    "BR": 55,
    "AR": 54,
    "CO": 57,
    "US": 1,
    "GB": 44,
    "FR": 33,
    "DE": 49,
    "IT": 39,
}


@handles("POST /numbers/validate")
def validate_numbers(c: Call) -> Any:
    """Each number in the shape the evidence shows (input, phone in E.164, wid, country prefix, formats), with
    a summary; a number without `+` takes the `prefix` given, else the `country`'s."""
    country = str(c.arg("country") or "ES").upper()
    prefix = str(c.arg("prefix") or _PREFIXES.get(country, ""))
    results = []
    for entry in c.arg("numbers", []):
        raw = str(entry.get("phone", ""))
        local = not raw.strip().startswith("+")  # then the prefix is ours to apply
        international = "+" + (prefix + digits(raw) if local else digits(raw))
        valid = bool(phone_pattern().match(international)) and len(digits(raw)) >= 8
        result: JSON = {"input": raw, "valid": valid, "kind": "mobile", "country": country}
        if valid:
            formats = {"international": international, **({"national": digits(raw)} if local else {})}
            wid = user_wid(international)
            result.update(phone=international, wid=wid, international=international, formats=formats)
            if local and prefix:
                result["countryPrefix"] = int(prefix)
        else:
            result.update(phone=raw, error="invalid phone number")
        results.append(result)
    valid_count = sum(1 for r in results if r["valid"])
    summary = {"total": len(results), "valid": valid_count, "invalid": len(results) - valid_count}
    return {"country": country, "summary": summary, "numbers": results}
