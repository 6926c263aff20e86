"""The Python binding against the shared test vectors.

Every code in a catalog.json must come back from the installed package with the same value,
names, metadata and link; lookups of unknown values give None; retry_delay gives each retry
vector's delay. Run by `cargo xtask test` (stage python):
python -I vectors.py <catalog.json> <the package's src folder>. Prints `RESULT N passed, M failed`.
The consumers stage runs the package installed by pip instead (tests/consumers/python).
"""

import importlib
import json
import math
import sys
from pathlib import Path
from typing import Any

if len(sys.argv) != 3:
    sys.exit("usage: python -I vectors.py <catalog.json> <src folder>")
sys.path.insert(0, sys.argv[2])

import rtc_error_catalog as rec
from rtc_error_catalog import (
    CODE_SETS,
    Category,
    CodeInfo,
    RetryPolicy,
    lookup,
    retry_delay,
)

passed = 0
failures: list[str] = []


def check(ok: bool, what: str) -> None:
    global passed
    if ok:
        passed += 1
    else:
        failures.append(what)


def same(actual: Any, expected: Any, what: str) -> None:
    """Equal and of the same type (so 1 is not True and "1" is not 1)."""
    ok = actual == expected and type(actual) is type(expected)
    check(ok, f"{what}: got {actual!r}, want {expected!r}")


def schedule(s: dict[str, Any] | None) -> Any:
    """A catalog.json schedule as the binding spells it (no `basis` nor `reference`)."""
    if s is None:
        return None
    return rec.RetrySchedule(
        initial_delay_ms=s["initial_delay_ms"],
        multiplier_thousandths=s["multiplier_thousandths"],
        max_delay_ms=s["max_delay_ms"],
        jitter=rec.Jitter(s["jitter"]),
        max_attempts=s["max_attempts"],
    )


def signal(s: dict[str, Any] | None) -> Any:
    if s is None:
        return None
    values = tuple(
        rec.SignalValue(value=v["value"], means=v["means"]) for v in s["values"]
    )
    return rec.RuntimeSignal(
        name=s["name"],
        overrides=tuple(s["overrides"]),
        values=values,
        meaning=s["meaning"],
    )


def terminality(terminal: bool | str) -> str:
    if terminal == "depends":
        return "depends"
    return "terminal" if terminal is True else "not_terminal"


catalog = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
sets = {(s.provider, s.id): s for s in CODE_SETS}
codes_by_link: dict[str, Any] = {}
codes_checked = 0
for provider in catalog["providers"]:
    for js in provider["code_sets"]:
        at_set = f"{provider['id']}/{js['id']}"
        entry = sets.get((provider["id"], js["id"]))
        check(entry is not None, f"{at_set}: in CODE_SETS")
        if entry is None or not entry.codes:
            continue
        cls: Any = type(entry.codes[0])
        same(cls.__name__, js["identifiers"]["python"], f"{at_set}: class name")
        module = importlib.import_module(cls.__module__)
        check(
            getattr(module, cls.__name__, None) is cls, f"{at_set}: class in its module"
        )
        check(
            getattr(rec, cls.__module__.rsplit(".", 1)[1], None) is module,
            f"{at_set}: module exported",
        )
        same(len(cls), len(js["codes"]), f"{at_set}: member count")
        same(len(entry.codes), len(js["codes"]), f"{at_set}: CODE_SETS codes")
        base = int if js["values"] == "integer" else str
        check(issubclass(cls, base), f"{at_set}: an enum of {base.__name__}")
        for c in js["codes"]:
            at = f"{at_set}/{c['name']}"
            member = cls.__members__.get(c["identifiers"]["python"])
            check(member is not None, f"{at}: member {c['identifiers']['python']}")
            if member is None:
                continue
            codes_by_link[at] = member
            same(member.value, c["value"], f"{at}: wire value")
            check(cls.from_value(c["value"]) is member, f"{at}: from_value")
            check(cls.from_name(c["upstream_name"]) is member, f"{at}: from_name")
            if c["upstream_name"] != c["name"]:
                same(
                    cls.from_name(c["name"]),
                    None,
                    f"{at}: the catalog name is no upstream name",
                )
            info: CodeInfo = member.info
            check(isinstance(info, CodeInfo), f"{at}: info is a CodeInfo")
            check(lookup(provider["id"], js["id"], c["value"]) is info, f"{at}: lookup")
            same(info.provider, provider["id"], f"{at}: provider")
            same(info.code_set, js["id"], f"{at}: code set")
            same(info.value, c["value"], f"{at}: value")
            same(info.name, c["upstream_name"], f"{at}: upstream name")
            same(info.catalog_name, c["name"], f"{at}: catalog name")
            same(info.summary, c["summary"], f"{at}: summary")
            same(info.cause, c["cause"], f"{at}: cause")
            same(info.when, tuple(c["when"]), f"{at}: when")
            same(info.category, Category(c["category"]), f"{at}: category")
            same(info.retry_policy, RetryPolicy(c["retry"]), f"{at}: retry policy")
            same(info.retry_basis.value, c["retry_basis"], f"{at}: retry basis")
            same(info.terminal, c["terminal"] is True, f"{at}: terminal")
            same(
                info.terminality.value, terminality(c["terminal"]), f"{at}: terminality"
            )
            same(
                info.terminal_condition,
                c["terminal_condition"],
                f"{at}: terminal condition",
            )
            same(
                info.terminal_basis.value, c["terminal_basis"], f"{at}: terminal basis"
            )
            same(info.user_message, c["user_message"], f"{at}: user message")
            same(
                info.user_message_key, c["user_message_key"], f"{at}: user message key"
            )
            same(info.remediation, tuple(c["remediation"]), f"{at}: remediation")
            same(info.causes, tuple(c["causes"]), f"{at}: causes")
            same(info.references, tuple(c["references"]), f"{at}: references")
            same(info.since, c["since"], f"{at}: since")
            same(
                info.retry_schedule,
                schedule(c["retry_schedule"]),
                f"{at}: retry schedule",
            )
            same(
                info.runtime_signal,
                signal(c["runtime_signal"]),
                f"{at}: runtime signal",
            )
            same(info.rationale, c["rationale"], f"{at}: rationale")
            same(info.deprecated, c["deprecated"], f"{at}: deprecated")
            same(info.failure, c["failure"], f"{at}: failure flag")
            if js["has_failure_flag"]:
                same(member.is_failure, c["failure"] is True, f"{at}: is_failure")
            codes_checked += 1
        # An unknown value or name is None, never an exception.
        if js["values"] == "integer":
            unknown: int | str = max(c["value"] for c in js["codes"]) + 1
            wrong: int | str = str(js["codes"][0]["value"])
        else:
            unknown, wrong = "\x00not a code", 0
        same(cls.from_value(unknown), None, f"{at_set}: from_value of an unknown value")
        same(
            cls.from_name("\x00not a name"),
            None,
            f"{at_set}: from_name of an unknown name",
        )
        same(cls.from_name("info"), None, f"{at_set}: a method is no code")
        same(
            lookup(provider["id"], js["id"], unknown),
            None,
            f"{at_set}: lookup of an unknown value",
        )
        same(
            lookup(provider["id"], js["id"], wrong),
            None,
            f"{at_set}: lookup of a wrong type",
        )

# Links: protocol_equivalent is the linked member, and CodeInfo carries its wire value.
for provider in catalog["providers"]:
    for js in provider["code_sets"]:
        for c in js["codes"]:
            at = f"{provider['id']}/{js['id']}/{c['name']}"
            member = codes_by_link.get(at)
            if member is None:
                continue
            link = c["protocol_equivalent"]
            linked = None if link is None else codes_by_link.get(link)
            same(
                member.info.protocol_equivalent,
                None if linked is None else linked.value,
                f"{at}: equivalent value",
            )
            if js["links_to"] is not None:
                check(
                    member.protocol_equivalent is linked, f"{at}: protocol_equivalent"
                )
            else:
                check(
                    not hasattr(member, "protocol_equivalent"),
                    f"{at}: no link property",
                )

# The taxonomy: every category's user message, every policy's schedule.
same(len(Category), len(catalog["categories"]), "Category holds every category")
same(len(RetryPolicy), len(catalog["retry_policies"]), "RetryPolicy holds every policy")
for t in catalog["categories"]:
    same(
        Category(t["id"]).info.user_message,
        t.get("user_message"),
        f"category {t['id']}: user message",
    )
for t in catalog["retry_policies"]:
    same(
        RetryPolicy(t["id"]).info.schedule,
        schedule(t.get("schedule")),
        f"policy {t['id']}: schedule",
    )

# Every retry vector against retry_delay, to the millisecond.
vectors_checked = 0
for v in catalog["retry_vectors"]:
    member = codes_by_link.get(v["code"])
    check(member is not None, f"retry vector {v['code']}: code resolves")
    if member is None:
        continue
    got = retry_delay(member.info, v["attempt"], v["random"])
    same(got, v["delay_ms"], f"retry_delay({v['code']}, {v['attempt']}, {v['random']})")
    if v["random"] == 0:
        nan = retry_delay(member.info, v["attempt"], math.nan)
        same(nan, v["delay_ms"], f"retry_delay({v['code']}, {v['attempt']}, nan)")
    vectors_checked += 1

same(codes_checked, catalog["counts"]["codes"], "codes checked")
same(
    len(CODE_SETS),
    sum(len(p["code_sets"]) for p in catalog["providers"]),
    "CODE_SETS holds every set",
)
same(vectors_checked, len(catalog["retry_vectors"]), "retry vectors checked")
same(rec.__version__, catalog["version"], "__version__")
same(
    lookup("no such provider", "no such set", 0), None, "lookup in an unknown provider"
)
check(codes_checked > 0, "at least one code checked")
check(vectors_checked > 0, "at least one retry vector checked")

for f in failures:
    print(f"FAIL {f}", file=sys.stderr)
print(
    f"python vectors: {codes_checked} codes checked, {vectors_checked} retry vectors checked"
)
print(f"RESULT {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
