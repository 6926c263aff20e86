"""Conformance: the SpatialReal Python SDK (PyPI `spatialreal`) against generated/catalog.json.

Run by `cargo xtask test` in a virtual environment it creates from requirements.txt:
    python check_spatialreal.py <path to catalog.json>
Prints a MISMATCH line per difference (provider, code set, member, catalog value, SDK value) and
ends with `RESULT N passed, N failed`.
"""

import importlib.metadata
import json
import sys

from spatialreal import AvatarSDKError, AvatarSDKErrorCode, CloseCode
from spatialreal.errors import error_code_for_close_code

PROVIDER = "spatialreal"
passed = 0
failed = 0


def same(code_set, member, what, catalog_value, sdk_value):
    global passed, failed
    if catalog_value == sdk_value:
        passed += 1
    else:
        failed += 1
        print(f"MISMATCH {PROVIDER} {code_set} {member} {what}: catalog={catalog_value!r} sdk={sdk_value!r}")


def sdk_retryable(code, close_code):
    return AvatarSDKError(code, "conformance check", close_code=close_code).retryable


def main():
    catalog = json.load(open(sys.argv[1], encoding="utf-8"))
    provider = next(p for p in catalog["providers"] if p["id"] == PROVIDER)
    sets = {s["id"]: s for s in provider["code_sets"]}
    errors = sets["avatar_sdk_error_code"]
    closes = sets["close_code"]

    installed = importlib.metadata.version("spatialreal")
    for s in (errors, closes):
        same(s["id"], "-", "package version", s["source"]["version"], installed)

    # Every member, by name and value; nothing missing, nothing extra.
    for s, enum, value_of in ((errors, AvatarSDKErrorCode, lambda m: m.value), (closes, CloseCode, int)):
        catalog_members = {c["upstream_name"]: c["value"] for c in s["codes"]}
        sdk_members = {m.name: value_of(m) for m in enum}
        for name in sorted(catalog_members.keys() | sdk_members.keys()):
            same(s["id"], name, "value", catalog_members.get(name, "<missing>"), sdk_members.get(name, "<missing>"))

    # Each close code links to the error code the SDK maps it to.
    close_for_error = {}
    for c in closes["codes"]:
        linked = (c["protocol_equivalent"] or "").rsplit("/", 1)[-1]
        sdk = error_code_for_close_code(c["value"]).name
        same(closes["id"], c["upstream_name"], "maps to", linked, sdk)
        close_for_error[sdk] = c["value"]

    # The SDK's retryable rule is the provider's guidance the catalog follows: `backoff` exactly
    # where the SDK says retryable (for an error code, as the SDK raises it: with the close code
    # that maps to it, if any).
    for c in errors["codes"]:
        code = AvatarSDKErrorCode[c["upstream_name"]]
        sdk = sdk_retryable(code, close_for_error.get(c["upstream_name"]))
        same(errors["id"], c["upstream_name"], "retryable", c["retry"] == "backoff", sdk)
    for c in closes["codes"]:
        code = error_code_for_close_code(c["value"])
        same(closes["id"], c["upstream_name"], "retryable", c["retry"] == "backoff", sdk_retryable(code, c["value"]))

    for s, enum in ((errors, AvatarSDKErrorCode), (closes, CloseCode)):
        print(f"{PROVIDER}/{s['id']}: {len(enum)} members of spatialreal {installed} compared")
    print(f"RESULT {passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


main()
