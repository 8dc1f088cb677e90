"""Every terminal: encodings that cannot hold the output, closed streams, a reader that
goes away, bytes that are not UTF-8. The command line degrades or stops quietly, never
with a traceback; its JSON is always valid UTF-8.

Each case runs the command in a subprocess, as a shell would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "qualityplans"]


def cli(
    *argv: str | bytes,
    encoding: str | None = None,
    close: tuple[int, ...] = (),
) -> subprocess.CompletedProcess[bytes]:
    """Run the command with PYTHONIOENCODING=``encoding`` and the file descriptors
    ``close`` closed (1: ``>&-``, 2: ``2>&-``); bytes in, bytes out."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    if encoding is not None:
        env["PYTHONIOENCODING"] = encoding

    def closing() -> None:
        for fd in close:
            os.close(fd)

    preexec: Callable[[], None] | None = closing if close else None
    return subprocess.run(
        [*CLI, *argv],
        capture_output=not close,
        stdout=subprocess.DEVNULL if close and 1 not in close else None,
        env=env,
        cwd=ROOT,
        preexec_fn=preexec,  # the child runs no threads before exec
        check=False,
    )


@pytest.mark.parametrize("encoding", ["gbk", "ascii", "latin-1"])
@pytest.mark.parametrize(
    "argv",
    [["matrix"], ["show", "suzhou-2016"], ["outcomes", "--plan", "suzhou-2016"]],
    ids=" ".join,
)
def test_a_terminal_that_cannot_hold_the_text_gets_escapes(encoding: str, argv: list[str]) -> None:
    done = cli(*argv, encoding=encoding)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-500:]
    assert done.stderr == b""
    text = done.stdout.decode(encoding)  # every byte is the terminal's own encoding
    if encoding != "gbk":
        assert "\\u" in text  # Chinese it cannot hold, as escapes
    else:
        assert "江苏" in text


def test_u2212_on_gbk_is_escaped_not_a_traceback() -> None:
    # A change is said as −13% (U+2212, MINUS SIGN), which GBK lacks.
    done = cli("show", "suzhou-2016", encoding="gbk")
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"\\u2212" in done.stdout


@pytest.mark.parametrize("encoding", ["gbk", "ascii", None])
def test_json_is_utf8_whatever_the_terminal(encoding: str | None) -> None:
    done = cli("list", "--json", encoding=encoding)
    assert done.returncode == 0
    plans = json.loads(done.stdout.decode("utf-8"))
    assert any(p["title_zh"] == "2016年苏州市质量强市工作行动计划" for p in plans)


def test_json_of_bytes_that_are_not_utf8_is_still_utf8() -> None:
    # An argument of undecodable bytes comes back escaped, never as raw bytes.
    done = cli("search", b"\xff\xfe", "--json")
    assert done.returncode == 1
    document = json.loads(done.stdout.decode("utf-8"))  # strict: raises on bad bytes
    assert document == {"query": "\udcff\udcfe", "hits": []}
    assert done.stderr.decode("utf-8") == "qualityplans: nothing matches '\\udcff\\udcfe'\n"


@pytest.mark.parametrize(
    "argv", [["list", "--json"], ["list"], ["show", "suzhou-14fyp", "--full"]], ids=" ".join
)
@pytest.mark.parametrize("close", [(1,), (2,), (1, 2)], ids=["stdout", "stderr", "both"])
def test_a_closed_stream_exits_quietly(argv: list[str], close: tuple[int, ...]) -> None:
    done = cli(*argv, close=close)
    assert done.returncode == 0


def test_an_error_with_a_closed_stderr_still_exits_1() -> None:
    assert cli("show", "no-such-plan", close=(2,)).returncode == 1


def test_a_reader_that_goes_away_ends_it_quietly() -> None:
    # qualityplans show suzhou-14fyp --full | head -1
    with subprocess.Popen(
        [*CLI, "show", "suzhou-14fyp", "--full"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        first = child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read()
        status = child.wait()
    assert first.decode("utf-8").startswith("苏州市“十四五”质量发展规划")
    assert (status, err) == (0, b"")


def test_an_error_quotes_at_most_200_characters() -> None:
    done = cli("show", "x" * 120_000)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert err == f"qualityplans: no plan matches '{'x' * 200}…'\n"
