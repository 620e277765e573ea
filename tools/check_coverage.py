#!/usr/bin/env python3
"""Check an OpenAPI description against the 148-action catalogue (openapi/catalogue/actions.yaml).

Usage (from the project root):  python tools/check_coverage.py [openapi/sparkbot.yaml] [--verbose]

Where public evidence overrides the catalogue (openapi/EVIDENCE.md), the difference is listed by its exact
problem line in openapi/catalogue/deviations.yaml: those lines are accepted and counted, any other problem
fails, and a listed deviation that no longer occurs fails too (the list cannot go stale).

For every catalogue action it looks for the one operation marked `x-sparkbot-action: "<id>"` (a list of ids
where one operation serves several actions, as `POST /messages` serves all 13 send actions, typically
through a oneOf body) and checks:
method and path (placeholder names may differ; a leading /v1 is ignored), every path/query parameter by
name and location, every body field by name (top level of the request body, through $ref/allOf/oneOf/anyOf),
array bodies, required flags, enum values (the catalogue's must all be accepted) and the presence of each
catalogue constraint (pattern, lengths, bounds, item counts; numeric values must match).
An action whose catalogue method is a list (the generic "Send API request") is no single operation: the
spec lists its id under the root key `x-sparkbot-overlay-actions`, and the overlay's raw request method
implements it.
Exit status 0 only when all 148 actions are covered with no problem. The last line is the summary.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "openapi" / "catalogue" / "actions.yaml"
DEVIATIONS = ROOT / "openapi" / "catalogue" / "deviations.yaml"
METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
NUMERIC = ("minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems")


def load_catalogue() -> list[dict[str, Any]]:
    doc = yaml.safe_load(CATALOGUE.read_text())
    return [a for group in doc["resources"] for a in group["actions"]]


def load_deviations() -> set[str]:
    """The exact problem lines public evidence justifies; each entry names its evidence."""
    if not DEVIATIONS.exists():
        return set()
    entries = yaml.safe_load(DEVIATIONS.read_text()) or []
    for entry in entries:
        if not entry.get("evidence"):
            raise SystemExit(f"{DEVIATIONS}: {entry.get('problem')!r} has no evidence")
    return {entry["problem"] for entry in entries}


class Spec:
    def __init__(self, path: Path) -> None:
        self.doc = yaml.safe_load(path.read_text())

    def resolve(self, node: Any, seen: int = 0) -> Any:
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SystemExit(f"only local $refs are supported here, found {ref!r}")
            target: Any = self.doc
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def flatten(self, schema: Any, depth: int = 0) -> list[dict[str, Any]]:
        """The schema and every schema it is composed of (allOf/oneOf/anyOf), resolved."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 10:
            return []
        out = [schema]
        for key in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(key, []) or []:
                out += self.flatten(sub, depth + 1)
        return out

    def operations(self) -> dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
        found: dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]] = {}
        self.duplicates: list[str] = []
        for path, item in (self.doc.get("paths") or {}).items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", []) or []]
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                marked = op.get("x-sparkbot-action")
                if not marked:
                    continue
                params = {(p.get("in"), p.get("name")): p for p in shared}
                for p in op.get("parameters", []) or []:
                    p = self.resolve(p)
                    params[(p.get("in"), p.get("name"))] = p
                for action in [marked] if isinstance(marked, str) else list(marked):
                    if action in found:
                        self.duplicates.append(action)
                    found[action] = (method.upper(), path, op, list(params.values()))
        return found


def norm_path(path: str) -> str:
    path = re.sub(r"\{[^}]+\}", "{}", path.rstrip("/") or "/")
    return path[3:] if path.startswith("/v1/") else path


def body_schemas(spec: Spec, op: dict[str, Any]) -> list[dict[str, Any]]:
    body = spec.resolve(op.get("requestBody") or {})
    out: list[dict[str, Any]] = []
    for media in (body.get("content") or {}).values():
        out += spec.flatten(media.get("schema") or {})
    return out


def check_value_schema(
    spec: Spec, want: dict[str, Any], schemas: list[dict[str, Any]], where: str
) -> list[str]:
    problems: list[str] = []
    flat = [s for sch in schemas for s in spec.flatten(sch)]
    if want.get("type") == "array":
        flat += [
            s for sch in flat if sch.get("type") == "array" for s in spec.flatten(sch.get("items") or {})
        ]
    enum = [v for v in (want.get("enum") or []) if v != ""]
    if want.get("type") == "array" and not enum:
        enum = [v for v in ((want.get("items") or {}).get("enum") or []) if v != ""]
    if enum:
        accepted = {str(v) for s in flat for v in (s.get("enum") or [])} | {
            str(s["const"]) for s in flat if "const" in s
        }
        missing = [v for v in enum if str(v) not in accepted]
        if missing:
            problems.append(f"{where}: enum values not accepted: {missing[:6]}")
    for key, value in (want.get("constraints") or {}).items():
        if key == "pattern":
            if not any("pattern" in s for s in flat):
                problems.append(f"{where}: no pattern (catalogue: {value})")
        elif key in NUMERIC:
            got = [s[key] for s in flat if key in s]
            if not got:
                problems.append(f"{where}: no {key} (catalogue: {value})")
            elif value not in got:
                problems.append(f"{where}: {key} {got[0]} != catalogue {value}")
    return problems


def check_action(
    spec: Spec, action: dict[str, Any], found: tuple[str, str, dict[str, Any], list[dict[str, Any]]]
) -> list[str]:
    method, path, op, params = found
    where = action["id"]
    problems: list[str] = []
    if method != action["method"]:
        problems.append(f"{where}: method {method} != catalogue {action['method']}")
    if norm_path(path) != norm_path(action["path"]):
        problems.append(f"{where}: path {path} != catalogue {action['path']}")
    by_key = {(p.get("in"), p.get("name")): p for p in params}
    bodies = body_schemas(spec, op)
    shape = str(action.get("body_shape") or "none")
    if shape.startswith("array") and not any(s.get("type") == "array" for s in bodies):
        problems.append(f"{where}: body must be an array ({shape})")
    if shape == "object" and not bodies:
        problems.append(f"{where}: no request body")
    for want in action.get("params") or []:
        name, loc = want["name"], want["in"]
        label = f"{where} [{loc} {name}]"
        if loc == "header":
            continue
        if loc == "path":
            continue  # placeholder names may differ; the path comparison covers them
        if loc == "query":
            got = by_key.get(("query", name))
            if got is None:
                problems.append(f"{label}: missing")
                continue
            if want.get("required") and not got.get("required"):
                problems.append(f"{label}: not required")
            problems += check_value_schema(spec, want, [got.get("schema") or {}], label)
            continue
        # body field: top-level property of the body (or of its array items)
        candidates = list(bodies)
        candidates += [
            s for b in bodies if b.get("type") == "array" for s in spec.flatten(b.get("items") or {})
        ]
        props = [s["properties"][name] for s in candidates if name in (s.get("properties") or {})]
        if shape.startswith("array") and name in ("body", "(body)"):
            continue  # the catalogue's name for a bare-array body as a whole
        if not props:
            if shape.startswith("array"):
                continue  # bare-array bodies carry unnamed items
            problems.append(f"{label}: missing")
            continue
        if want.get("required") and not any(name in (s.get("required") or []) for s in candidates):
            problems.append(f"{label}: not required")
        problems += check_value_schema(spec, want, props, label)
    return problems


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    spec_path = Path(args[0]) if args else Path("openapi/sparkbot.yaml")
    if not spec_path.exists():
        print(f"no spec at {spec_path}")
        print("covered 0/148 actions; problems: spec missing")
        return 1
    spec = Spec(spec_path)
    ops = spec.operations()
    catalogue = load_catalogue()
    ids = {a["id"] for a in catalogue}
    problems: list[str] = [f"{a}: marked on more than one operation" for a in spec.duplicates]
    problems += [f"{a}: x-sparkbot-action not in the catalogue" for a in ops if a not in ids]
    overlay_actions = set(spec.doc.get("x-sparkbot-overlay-actions") or [])
    deviations = load_deviations()
    applied: set[str] = set()
    covered = 0
    for action in catalogue:
        if not isinstance(action["method"], str):
            if action["id"] in overlay_actions:
                covered += 1
            else:
                problems.append(f"{action['id']}: generic request; list it under x-sparkbot-overlay-actions")
            continue
        found = ops.get(action["id"])
        if found is None:
            problems.append(f"{action['id']}: no operation")
            continue
        mine = check_action(spec, action, found)
        applied.update(p for p in mine if p in deviations)
        mine = [p for p in mine if p not in deviations]
        covered += not mine
        problems += mine
    problems += [
        f"{p}: listed in {DEVIATIONS.name} but no longer occurs" for p in sorted(deviations - applied)
    ]
    shown = problems if verbose else problems[:40]
    for p in shown:
        print(" -", p)
    if len(problems) > len(shown):
        print(f" … {len(problems) - len(shown)} more (--verbose)")
    print(f"operations marked: {len(ops)}; actions fully matching: {covered}/{len(catalogue)}")
    print(f"deliberate deviations from the catalogue (evidence): {len(applied)}")
    print(f"covered {covered}/{len(catalogue)} actions; problems: {len(problems)}")
    return 0 if covered == len(catalogue) and not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
