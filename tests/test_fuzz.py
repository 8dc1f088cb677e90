"""Fuzzing the public surface: any string in, only the documented errors out.

Every public function that takes a user's string, and every CLI command, is fed
generated inputs (hypothesis) mixed with a corpus of nasty strings. A function
may return or raise LookupError (not found, ambiguous), TypeError (wrong type)
or ValueError, always with a one-line message; the CLI returns 0, 1 or 2 with at
most one line on stderr, never a traceback.

Add a function to ``SURFACE`` as one line: a name, the callable, and how to
build its arguments from the generated value.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qualityplans
from qualityplans.catalog import keys
from qualityplans.cli import main
from qualityplans.query import reform
from qualityplans.query.responsibilities import responsibilities
from tests.conftest import examples

NASTY: tuple[str, ...] = (
    "",
    " ",
    "\t\n\r",
    "\u3000\u00a0",
    "x" * 100_000,
    "质" * 35_000,  # about 100 KB of UTF-8
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\x7f\x08\x0c",
    "\ud800",
    "\udfff lone surrogates \udc80",
    "ｓｕｚｈｏｕ－２０１６",
    "\u202e6102-uohzus",  # RTL override
    "\u200b\ufeff",
    "'; DROP TABLE plans; --",
    '" OR 1=1 --',
    "%' OR '%'='",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "[x](y) | * ` #",
    "0",
    "-1",
    "1e309",
    "NaN",
    "2016",
    "99999999999999999999999999",
    "苏府〔2016〕63号",
    "苏府[2016]63号",
    "苏府（2016）63号",
    "苏府〔",
    "〔2016〕",
    "63号",
    "〔〕号",
    "苏府〔20160〕63号",
    "市质监局",
    "市场监管局",
    "区市场监管局",
    "../../etc/passwd",
    "%s%n{0}\\",
    "suzhou-2016",
    "SUZHOU-2016 ",
    "manufacturing-product-pass-rate",
    "合格率",
    "lead",
    "牵头",
    "suzhou",
    "xiangcheng",
)

# Real keys, so generated variants land near valid ones too.
_REAL = (
    "suzhou-2016",
    "suzhou.quality-supervision",
    "市质监局",
    "苏州市",
    "quality-city",
    "合格率",
)

TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.builds(
        lambda a, b, c: a + b + c, st.sampled_from(_REAL), st.text(max_size=5), st.text(max_size=3)
    ),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.sampled_from(_REAL)),
)
NOT_TEXT = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=8),
    st.lists(st.text(max_size=3), max_size=2),
    st.just(object()),
)

Args = tuple[tuple[Any, ...], dict[str, Any]]


def one(value: Any) -> Args:
    return (value,), {}


# (name, callable, argument builder), one line per surface.
SURFACE: tuple[tuple[str, Callable[..., object], Callable[[Any], Args]], ...] = (
    ("get_plan", qualityplans.get_plan, one),
    ("get_department", qualityplans.get_department, one),
    (
        "get_department(region=)",
        qualityplans.get_department,
        lambda s: (("市质监局",), {"region": s}),
    ),
    ("get_indicator", qualityplans.get_indicator, one),
    ("get_region", qualityplans.get_region, one),
    ("get_theme", qualityplans.get_theme, one),
    ("history", qualityplans.history, one),
    ("related_indicators", qualityplans.related_indicators, one),
    ("lineage", qualityplans.lineage, one),
    ("plan_of", keys.plan_of, one),
    ("indicator_of", keys.indicator_of, one),
    ("department_of", keys.department_of, one),
    ("department_of(region=)", keys.department_of, lambda s: (("市质监局",), {"region": s})),
    ("region_of", keys.region_of, one),
    ("theme_of", keys.theme_of, one),
    ("successors", reform.successors, one),
    ("predecessors", reform.predecessors, one),
    ("responsibilities", responsibilities, one),
    ("responsibilities(region=)", responsibilities, lambda s: (("市质监局",), {"region": s})),
    (
        "responsibilities(role=)",
        responsibilities,
        lambda s: (("suzhou.quality-supervision",), {"role": s}),
    ),
    ("search", qualityplans.search, one),
    ("search(kind=)", qualityplans.search, lambda s: (("质量",), {"kind": s})),
    ("targets(plan=)", qualityplans.targets, lambda s: ((), {"plan": s})),
    ("targets(indicator=)", qualityplans.targets, lambda s: ((), {"indicator": s})),
    ("targets(department=)", qualityplans.targets, lambda s: ((), {"department": s})),
    ("targets(commitment=)", qualityplans.targets, lambda s: ((), {"commitment": s})),
    ("observations(region=)", qualityplans.observations, lambda s: ((), {"region": s})),
    ("measures(theme=)", qualityplans.measures, lambda s: ((), {"theme": s})),
    (
        "measures(role=)",
        qualityplans.measures,
        lambda s: ((), {"department": "市质监局", "role": s}),
    ),
    ("diff(a)", qualityplans.diff, lambda s: ((s, "suzhou-2016"), {})),
    ("diff(b)", qualityplans.diff, lambda s: (("suzhou-2016", s), {})),
    ("outcomes(plan=)", qualityplans.outcomes, lambda s: ((), {"plan": s})),
    ("outcomes(indicator=)", qualityplans.outcomes, lambda s: ((), {"indicator": s})),
    ("matrix(plans=)", qualityplans.matrix, lambda s: ((), {"plans": [s]})),
)

# Errors a caller may see (the documented ones); anything else is a bug.
ALLOWED = (LookupError, TypeError, ValueError)
FUZZ = settings(
    max_examples=examples(450),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _call(function: Callable[..., object], args: Args) -> None:
    error: Exception | None = None
    try:
        function(*args[0], **args[1])
    except ALLOWED as raised:
        error = raised
    if error is not None:
        message = str(error)
        assert message, f"{type(error).__name__} without a message"
        assert "\n" not in message, f"message is not one line: {message[:200]!r}"


@pytest.mark.parametrize(("name", "function", "build"), SURFACE, ids=[s[0] for s in SURFACE])
@FUZZ
@given(value=TEXT)
def test_any_string_gives_an_answer_or_a_documented_error(
    name: str, function: Callable[..., object], build: Callable[[Any], Args], value: str
) -> None:
    _call(function, build(value))


@pytest.mark.parametrize(("name", "function", "build"), SURFACE, ids=[s[0] for s in SURFACE])
@settings(FUZZ, max_examples=examples(40))
@given(value=NOT_TEXT)
def test_a_value_of_the_wrong_type_is_a_type_error(
    name: str, function: Callable[..., object], build: Callable[[Any], Args], value: object
) -> None:
    _call(function, build(value))


def test_known_keys_still_work() -> None:
    # The harness is not vacuous: the same callables answer real keys.
    assert qualityplans.get_plan("苏府[2016]63号").id == "suzhou-2016"
    assert keys.department_of("市质监局", region="suzhou").id == "suzhou.quality-supervision"
    assert responsibilities("suzhou.quality-supervision", role="lead")


# ------------------------------------------------------------------- the CLI

# What argv can hold on POSIX: bytes without NUL (C strings), decoded with
# surrogateescape, so a lone surrogate arrives as the escapes of its bytes.
ARG = TEXT.map(lambda s: os.fsdecode(s.encode("utf-8", "surrogatepass").replace(b"\0", b"")))
OPTIONS = st.sampled_from(
    (
        "--json",
        "--full",
        "--width",
        "--quiet",
        "--format",
        "--kind",
        "--limit",
        "--region",
        "-x",
        "--",
    )
)


def _argv(command: str) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(ARG, OPTIONS), max_size=4).map(lambda rest: [command, *rest])


COMMAND_ARGV = st.one_of(
    st.lists(st.one_of(ARG, OPTIONS), max_size=3),
    _argv("list"),
    _argv("show"),
    _argv("validate").map(lambda argv: [*argv, "--quiet"]),  # no args: fast path to exit 2
    st.builds(lambda s: ["show", s], ARG),
    st.builds(lambda s: ["show", "suzhou-2016", "--width", s], ARG),
    st.builds(lambda s: ["export", "--format", s], ARG),  # no --output: never writes
    _argv("search"),
    _argv("indicator"),
    _argv("department"),
    _argv("targets"),
    _argv("diff"),
    _argv("outcomes"),
    st.builds(lambda s: ["search", s, "--json"], ARG),
    st.builds(lambda s: ["diff", "suzhou-2016", s], ARG),
)


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exit_:  # argparse's own --help exits 0 through SystemExit
            code, status = exit_.code, 0
    assert code in (None, 0), f"SystemExit({code!r}) for {argv!r}"
    return status, out.getvalue(), err.getvalue()


@settings(FUZZ, max_examples=examples(1200))
@given(argv=COMMAND_ARGV)
def test_the_cli_exits_0_1_or_2_with_one_line(argv: list[str]) -> None:
    status, _, err = run_cli(argv)
    assert status in (0, 1, 2), (argv, status)
    if status:
        assert err.count("\n") == 1, (argv, err[:300])
        assert err.endswith("\n"), (argv, err[:300])
        assert "Traceback" not in err
    else:
        assert "Traceback" not in err


@settings(FUZZ, max_examples=examples(30))
@given(name=ARG)
def test_export_to_any_directory_name_writes_there_or_says_why(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("export")
    target = root / name.replace("/", "_").replace("\\", "_").replace("..", "_")
    status, out, err = run_cli(["export", "--format", "json", "--output", str(target)])
    if status == 0:
        # One path per line; a name may itself hold line breaks, so match whole paths.
        for written in (target / "qualityplans.json", target / "qualityplans.schema.json"):
            assert written.is_file()
            assert f"{written}\n" in out, out
    else:
        assert status == 1, err[:300]
        assert err.count("\n") == 1, err[:300]


def test_what_the_fuzzing_found_stays_fixed() -> None:
    status, out, err = run_cli([])
    assert (status, err) == (2, "qualityplans: no command given (see qualityplans --help)\n")
    assert out.startswith("usage: qualityplans")
    status, _, err = run_cli(["list", "a\nb\x1b"])
    assert (status, err) == (
        2,
        "qualityplans: unrecognized arguments: a\\nb\\x1b (see qualityplans --help)\n",
    )
