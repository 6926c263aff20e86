"""Conformance for every code set whose spec declares `source.verify` with a `pypi:` package.

Reads the Python enum the declaration names (catalog.json carries it), compares names and values
both ways, and any SDK verdict the declaration names. No provider is named here.

    python check_pypi.py <catalog.json>

Prints a MISMATCH line per difference, `<provider>/<set>: N members of <pkg> <version> compared`
per set, and ends with `RESULT N passed, N failed`.
"""

import importlib
import importlib.metadata
import json
import sys

passed = 0
failed = 0


def same(where, member, what, catalog_value, sdk_value):
    global passed, failed
    if catalog_value == sdk_value:
        passed += 1
    else:
        failed += 1
        print(f"MISMATCH {where} {member} {what}: catalog={catalog_value!r} sdk={sdk_value!r}")


def resolve(dotted):
    """`package.module.Name`: imports the longest module prefix, then reads the attributes."""
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            value = getattr(value, name)
        return value
    raise ImportError(f"cannot import {dotted}")


def upstream_name(catalog, link):
    provider, code_set, name = link.split("/")
    linked = next(s for p in catalog["providers"] if p["id"] == provider for s in p["code_sets"] if s["id"] == code_set)
    return linked["name_prefix"] + name


def catalog_verdict(catalog, verdict, code):
    field = verdict["field"]
    if field == "retry":
        return code["retry"] == verdict["equals"]
    if field == "protocol_equivalent":
        return code["protocol_equivalent"] and upstream_name(catalog, code["protocol_equivalent"])
    return code[field]


def linked_from(catalog, provider, code_set, code):
    """The value of the code that links to this one (`protocol_equivalent`), or None."""
    link = f"{provider['id']}/{code_set['id']}/{code['name']}"
    for p in catalog["providers"]:
        for s in p["code_sets"]:
            for c in s["codes"]:
                if c["protocol_equivalent"] == link:
                    return c["value"]
    return None


def sdk_verdict(verdict, member, linked):
    def bind(arg):
        return {"$member": member, "$value": member.value, "$linked_from": linked}.get(arg, arg)

    args = [bind(a) for a in verdict["args"]]
    keywords = {k: bind(v) for k, v in verdict["keywords"].items()}
    result = resolve(verdict["construct"] or verdict["call"])(*args, **keywords)
    if verdict["method"]:
        result = getattr(result, verdict["method"])()
    for name in (verdict["read"] or "").split(".") if verdict["read"] else []:
        result = getattr(result, name)
    return result


def check(catalog, provider, code_set):
    verify = code_set["source"]["verify"]
    where = f"{provider['id']}/{code_set['id']}"
    installed = importlib.metadata.version(verify["name"])
    same(where, "-", f"{verify['name']} version", verify["version"], installed)
    enum = resolve(verify["python_enum"])
    sdk = {m.name: m for m in enum}
    ours = {c["upstream_name"]: c for c in code_set["codes"]}
    for name in sorted(ours.keys() | sdk.keys()):
        ours_value = ours[name]["value"] if name in ours else "<missing>"
        sdk_value = sdk[name].value if name in sdk else "<missing>"
        same(where, name, "value", ours_value, sdk_value)
    for name in sorted(ours.keys() & sdk.keys()):
        for verdict in verify["verdicts"]:
            linked = linked_from(catalog, provider, code_set, ours[name])
            sdk_value = sdk_verdict(verdict, sdk[name], linked)
            same(where, name, verdict["field"], catalog_verdict(catalog, verdict, ours[name]), sdk_value)
    print(f"{where}: {len(sdk)} members of {verify['name']} {installed} compared")


def main():
    global failed
    catalog = json.load(open(sys.argv[1], encoding="utf-8"))
    for provider in catalog["providers"]:
        for code_set in provider["code_sets"]:
            verify = code_set["source"].get("verify")
            if not verify or verify["registry"] != "pypi":
                continue
            try:
                check(catalog, provider, code_set)
            except Exception as e:  # noqa: BLE001 - any failure to read is one reported mismatch
                failed += 1
                print(f"MISMATCH {provider['id']}/{code_set['id']} - cannot read the members: {e!r}")
    print(f"RESULT {passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


main()
