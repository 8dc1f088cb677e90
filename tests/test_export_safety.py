"""Exports that are atomic and safe, and a JSON reader that refuses hostile documents.

Every export file is written under a temporary name and moved into place; a
symbolic link at a target path is refused; exports killed at any moment leave
the old files or the new ones, never a part of one; concurrent exports into one
folder each succeed. ``load_json`` refuses, in one line naming the JSON path,
whatever ``write_json`` would not have written.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import qualityplans
from qualityplans.cli import main
from qualityplans.export import (
    UnsafePathError,
    load_json,
    write_csv,
    write_datapackage,
    write_json,
    write_sqlite,
)
from qualityplans.export.json_file import MAX_DEPTH, MAX_STRING
from qualityplans.text.privacy import publishable

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
EXPORT = [
    "-m",
    "qualityplans",
    "export",
    "--format",
    "json",
    "--format",
    "datapackage",
    "--format",
    "sqlite",
]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ----------------------------------------------------------- paths and links


class _Where(os.PathLike[str]):
    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return str(self.path)


def test_every_writer_takes_a_str_or_a_pathlike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = qualityplans.dataset()
    assert write_csv(data, "out")[0].name == "plans.csv"  # the call from the issue
    assert (tmp_path / "out" / "targets.csv").is_file()
    path = write_json(data, _Where(tmp_path / "json"))
    assert load_json(str(path)) == publishable(data)
    assert load_json(_Where(path)) == publishable(data)
    assert write_sqlite(None, "db").resolve() == tmp_path / "db" / "qualityplans.db"
    assert write_datapackage(None, _Where(tmp_path / "pkg"))[-1].name == "datapackage.json"
    assert qualityplans.write_sqlite is write_sqlite
    assert qualityplans.write_datapackage is write_datapackage


@pytest.mark.parametrize(
    ("where", "error", "message"),
    [
        (42, TypeError, "output folder must be a str or os.PathLike, not int"),
        (b"out", TypeError, "output folder must be a str or os.PathLike, not bytes"),
        ("", ValueError, "output folder is empty: name a folder or file"),
    ],
)
def test_a_bad_path_is_a_one_line_error(where: Any, error: type, message: str) -> None:
    with pytest.raises(error) as raised:
        write_csv(None, where)
    assert str(raised.value) == message


def test_a_symbolic_link_at_a_target_path_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_csv(None, out)
    before = _files(out)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours\n", encoding="utf-8")
    (out / "targets.csv").unlink()
    (out / "targets.csv").symlink_to(elsewhere)
    with pytest.raises(UnsafePathError) as raised:
        write_csv(None, out)
    assert str(raised.value) == (
        f"{out / 'targets.csv'} is a symbolic link: refusing to write through it"
    )
    assert elsewhere.read_text(encoding="utf-8") == "not yours\n"
    after = _files(out)
    assert {k: v for k, v in after.items() if k != "targets.csv"} == {
        k: v for k, v in before.items() if k != "targets.csv"
    }
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # staged files removed


def test_the_cli_refuses_a_symbolic_link_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "elsewhere.json").write_text("{}", encoding="utf-8")
    (tmp_path / "qualityplans.json").symlink_to(tmp_path / "elsewhere.json")
    assert main(["export", "--format", "json", "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"qualityplans: {tmp_path / 'qualityplans.json'} is a symbolic link: "
        "refusing to write through it\n"
    )
    assert (tmp_path / "elsewhere.json").read_text(encoding="utf-8") == "{}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", ""], "qualityplans export: -o/--output is empty: name a folder to write into"),
        (
            ["--format", "datapackage", "--bom", "-o", "x"],
            "qualityplans export: --bom is for --format csv only, not datapackage",
        ),
        (
            ["--format", "sqlite", "--bom", "-o", "x"],
            "qualityplans export: --bom is for --format csv only, not sqlite",
        ),
        (
            ["--format", "json", "--bom", "-o", "x"],
            "qualityplans export: --bom is for --format csv only, not json",
        ),
        (
            ["--format", "csv", "--format", "datapackage", "--bom", "-o", "x"],
            "qualityplans export: --bom is for --format csv only, not datapackage",
        ),
    ],
)
def test_export_usage_errors_exit_2(
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # and back afterwards: later tests name files from the root
    assert main(["export", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert not (tmp_path / "x").exists()


def test_bom_with_csv_and_json_is_fine(tmp_path: Path) -> None:
    assert (
        main(["export", "--format", "csv", "--format", "json", "--bom", "-o", str(tmp_path)]) == 0
    )
    assert (tmp_path / "plans.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "qualityplans.json").read_bytes().startswith(b"{")


# ------------------------------------------------------- atomic and concurrent


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two complete exports: an old one (one plan) and the new one (every plan)."""
    old = tmp_path_factory.mktemp("old")
    data = qualityplans.dataset()
    small = attrs.evolve(data, plans=data.plans[:1])
    write_json(small, old)
    from qualityplans.export.schema import write_schema

    write_schema(old)
    write_datapackage(small, old)
    write_sqlite(small, old)
    new = tmp_path_factory.mktemp("new")
    assert (
        main(
            [
                "export",
                "--format",
                "json",
                "--format",
                "datapackage",
                "--format",
                "sqlite",
                "-o",
                str(new),
            ]
        )
        == 0
    )
    return old, new


def _check_whole(folder: Path, old: Path, new: Path) -> set[str]:
    """Every file under a real name is the old one or the new one, whole; return which."""
    seen = set()
    for path in folder.iterdir():
        if path.name.startswith(".") and ".tmp" in path.name:
            continue  # a killed writer's staged file: hidden, never read
        assert not path.name.endswith("-journal"), path.name
        if path.name == "qualityplans.db":
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                (plans,) = db.execute("SELECT count(*) FROM plans").fetchone()
                (views,) = db.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'view'"
                ).fetchone()
            finally:
                db.close()
            assert views == 2
            assert plans in (1, len(qualityplans.plans())), plans
            seen.add("old" if plans == 1 else "new")
            continue
        content = path.read_bytes()
        if content == (new / path.name).read_bytes():
            seen.add("new")
        else:
            assert content == (old / path.name).read_bytes(), f"{path.name} is partial"
            seen.add("old")
    return seen


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.3, 2.0, 3.0, 4.5, 6.0])
def test_an_export_killed_at_any_moment_leaves_whole_files(
    delay: float, old_and_new: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = old_and_new
    folder = tmp_path / "out"
    folder.mkdir()
    for path in old.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    writer = subprocess.Popen(
        [sys.executable, *EXPORT, "-o", str(folder)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    names = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
    assert names == {p.name for p in old.iterdir()}  # nothing lost, nothing half-named
    _check_whole(folder, old, new)


def test_concurrent_exports_into_one_folder_each_succeed(
    old_and_new: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new = old_and_new
    writers = [
        subprocess.Popen(
            [sys.executable, *EXPORT, "-o", str(tmp_path)],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [w.communicate(timeout=600) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert (writer.returncode, err) == (0, ""), err
        assert f"{tmp_path / 'qualityplans.db'}\n" in out
    assert _check_whole(tmp_path, old, new) == {"new"}
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# ------------------------------------------------------------- hostile JSON


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = write_json(None, tmp_path_factory.mktemp("json"))
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _amount_path(document: dict[str, Any]) -> tuple[list[Any], str]:
    """The JSON path of the first target amount of the first plan, and its location."""
    body = document["dataset"]["plans"][0]["body"]
    return [body, 2, "items", 0, "targets", 0, "value"], (
        "$.dataset.plans[0].body[2].items[0].targets[0].value.amount"
    )


def _set_amount(document: dict[str, Any], value: Any) -> tuple[dict[str, Any], str]:
    changed = copy.deepcopy(document)
    steps, where = _amount_path(changed)
    node = steps[0]
    for step in steps[1:]:
        node = node[step]
    node["amount"] = value
    return changed, where


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_faithful_export_reads_back(document: dict[str, Any], tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps(document, ensure_ascii=False))
    assert load_json(path) == publishable(qualityplans.dataset())


@pytest.mark.parametrize(
    "amount",
    ["sNaN", "NaN", "-Infinity", "Infinity", "1e999999999", "80_0", " 80 ", "0x50", "８０", ""],
)
def test_decimal_text_outside_the_schema_is_refused_with_its_path(
    amount: str, document: dict[str, Any], tmp_path: Path
) -> None:
    changed, where = _set_amount(document, amount)
    path = _write(tmp_path, json.dumps(changed, ensure_ascii=False))
    with pytest.raises(ValueError, match="not a decimal") as raised:
        load_json(path, verify=False)
    message = str(raised.value)
    assert f"{where}: not a decimal: {amount!r}" in message
    assert "\n" not in message


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999999999"])
def test_non_finite_json_numbers_are_refused_with_their_path(
    number: str, document: dict[str, Any], tmp_path: Path
) -> None:
    changed, where = _set_amount(document, "__HERE__")
    text = json.dumps(changed, ensure_ascii=False).replace('"__HERE__"', number)
    with pytest.raises(ValueError, match="not a finite number") as raised:
        load_json(_write(tmp_path, text), verify=False)
    assert str(raised.value) == (
        f"{tmp_path / 'hostile.json'}: {where}: not a finite number: "
        f"{float(number)!r} (amounts are decimal text)"
    )


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    text = '{"format": "qualityplans-dataset", "dataset": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ValueError, match="nested deeper") as raised:
        load_json(_write(tmp_path, text))
    assert str(raised.value) == (
        f"{tmp_path / 'hostile.json'}: nested deeper than {MAX_DEPTH} levels "
        f"(bracket {MAX_DEPTH + 1}): not an export"
    )
    # brackets inside strings are text, not nesting
    assert "[" * 500 in json.dumps({"quote": "[" * 500})


def test_an_oversized_string_is_refused(document: dict[str, Any], tmp_path: Path) -> None:
    changed = copy.deepcopy(document)
    changed["dataset"]["plans"][0]["title_en"] = "x" * (MAX_STRING + 1)
    with pytest.raises(ValueError, match="a string of") as raised:
        load_json(_write(tmp_path, json.dumps(changed)), verify=False)
    assert str(raised.value).endswith(
        f"$.dataset.plans[0].title_en: a string of {MAX_STRING + 1} characters "
        f"(at most {MAX_STRING})"
    )


def test_a_folder_or_a_document_without_a_dataset_is_refused(
    document: dict[str, Any], tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"is a folder: name the qualityplans\.json file inside"):
        load_json(tmp_path)
    empty = {k: v for k, v in document.items() if k != "dataset"}
    with pytest.raises(ValueError, match="no dataset") as raised:
        load_json(_write(tmp_path, json.dumps(empty)))
    assert str(raised.value).endswith("$.dataset: missing: the export holds no dataset")
    for text, says in (
        ("[]", "is not a qualityplans dataset export"),
        ("{", "not JSON: Expecting property name enclosed in double quotes at line 1"),
        ("1" * 5000, "not an export: Exceeds the limit"),
    ):
        with pytest.raises(ValueError, match=says):
            load_json(_write(tmp_path, text))


def test_a_changed_value_is_refused_unless_asked(document: dict[str, Any], tmp_path: Path) -> None:
    changed, _ = _set_amount(document, "81")
    path = _write(tmp_path, json.dumps(changed, ensure_ascii=False))
    with pytest.raises(ValueError, match="does not hash") as raised:
        load_json(path)
    message = str(raised.value)
    assert "$.dataset does not hash to its dataset_sha256" in message
    assert "pass verify=False" in message
    loaded = load_json(path, verify=False)
    assert loaded.plans[0].measure(6).targets[0].value is not None
    unstamped = {k: v for k, v in document.items() if k != "dataset_sha256"}
    with pytest.raises(ValueError, match=r"\$\.dataset_sha256: missing"):
        load_json(_write(tmp_path, json.dumps(unstamped, ensure_ascii=False)))
