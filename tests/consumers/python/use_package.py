"""A Python app using the installed rtc-error-catalog distribution (consumers stage).

Run with `python -I use_package.py <catalog.json>` from a venv where pip installed the package
(from its folder or from a wheel). Checks that the import comes from site-packages, that the
distribution's metadata and `__version__` are the catalog's version, that `py.typed` is
installed, and uses the API the way an app would. Prints `RESULT N passed, M failed`.
"""

import json
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

import rtc_error_catalog
from rtc_error_catalog import CODE_SETS, CodeInfo, ErrorCode, lookup, retry_delay

passed = 0
failed = 0


def check(ok: bool, what: str) -> None:
    global passed, failed
    print(f"{'ok    ' if ok else 'FAILED'} {what}")
    if ok:
        passed += 1
    else:
        failed += 1


def first_retry(code: ErrorCode) -> int | None:
    """An app's policy, written once for codes of any provider."""
    return retry_delay(code.info, 1, 0.5)


catalog = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
package = Path(rtc_error_catalog.__file__).parent
site = Path(sysconfig.get_paths()["purelib"])
check(package.parent == site, f"imported from site-packages ({package})")
check((package / "py.typed").is_file(), "py.typed is installed")
version = catalog["version"]
check(
    metadata.version("rtc-error-catalog") == version, f"distribution version {version}"
)
check(rtc_error_catalog.__version__ == version, "__version__ is the catalog's")
requires = metadata.metadata("rtc-error-catalog")["Requires-Python"]
check(requires == ">=3.11", f"Requires-Python {requires}")
sets = sum(len(p["code_sets"]) for p in catalog["providers"])
check(len(CODE_SETS) == sets, f"CODE_SETS holds the catalog's {sets} code sets")
codes = [code for entry in CODE_SETS for code in entry.codes]
check(len(codes) == catalog["counts"]["codes"], f"{len(codes)} codes")
provider = catalog["providers"][0]
code_set = provider["code_sets"][0]
first = code_set["codes"][0]
info: CodeInfo | None = lookup(provider["id"], code_set["id"], first["value"])
check(info is not None and info.name == first["upstream_name"], "lookup finds a code")
check(
    lookup(provider["id"], code_set["id"], "no such value") is None,
    "lookup of an unknown value",
)
delays = {first_retry(code) for code in codes}
check(any(d is not None for d in delays), "retry_delay gives a delay for some code")
print(f"RESULT {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
