"""A tool that reads the RTC error catalog as any program would: catalog.json and its schema.

Usage: check_catalog.py CATALOG_JSON. Validates the file against the JSON Schema that its
`$schema` names (relative to the file), checks the version and counts agree with the content,
prints what it checked and ends with `RESULT N passed, M failed`.
"""

import importlib.metadata
import json
import pathlib
import re
import sys

import jsonschema

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")


def main(path: str) -> int:
    catalog_path = pathlib.Path(path)
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    schema_path = catalog_path.parent / catalog["$schema"]
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    passed, failed = 0, 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed, failed
        print(("ok     " if ok else "FAILED ") + what)
        if ok:
            passed += 1
        else:
            failed += 1

    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(catalog), key=lambda e: list(e.absolute_path))
    for error in errors[:10]:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"  schema: {where}: {error.message[:200]}")
    version = importlib.metadata.version("jsonschema")
    check(not errors, f"{catalog_path.name} is valid against {schema_path.name} (draft-07, jsonschema {version})")

    check(bool(SEMVER.match(str(catalog.get("version", "")))), f"version {catalog.get('version')!r} is a semantic version")
    changelog = catalog.get("changelog") or [{}]
    check(changelog[0].get("version") == catalog.get("version"), "the newest changelog entry is this version")
    providers = catalog.get("providers", [])
    sets = [s for p in providers for s in p.get("code_sets", [])]
    codes = [c for s in sets for c in s.get("codes", [])]
    counts = catalog.get("counts", {})
    check(
        counts == {"providers": len(providers), "code_sets": len(sets), "codes": len(codes)},
        f"counts agree: {len(providers)} providers, {len(sets)} code sets, {len(codes)} codes",
    )
    print(f"RESULT {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
