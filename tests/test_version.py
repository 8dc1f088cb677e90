"""The citable version: release plus a hash of the shipped data."""

import re
from pathlib import Path

import pytest

import qualityplans
from qualityplans.catalog import dataset_version, default_catalog
from qualityplans.cli import main
from qualityplans.version import package_version, tree_hash


def test_dataset_version_is_release_plus_data_hash() -> None:
    version = dataset_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+\+data\.[0-9a-f]{12}", version)
    assert version == f"{package_version()}+data.{default_catalog().dataset_hash()[:12]}"
    assert qualityplans.__version__ == package_version()
    assert qualityplans.dataset_version() == version
    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    assert f'version = "{package_version()}"' in pyproject.read_text(encoding="utf-8")


def test_cli_prints_the_dataset_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"qualityplans {dataset_version()}\n"


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


FILES = {
    "sources/a-2016.txt": "一、总体要求\n2016年达到98%\n".encode(),
    "plans/a_2016.py": b'PLAN = "a-2016"\n',
    "indicators.py": b"INDICATORS = ()\n",
}


def test_the_hash_ignores_order_line_ends_and_caches(tmp_path: Path) -> None:
    first = _tree(tmp_path / "first", FILES)
    second = _tree(tmp_path / "second", dict(reversed(list(FILES.items()))))
    crlf = {k: v.replace(b"\n", b"\r\n") for k, v in FILES.items()}
    third = _tree(tmp_path / "third", {**crlf, "plans/__pycache__/a.cpython-311.pyc": b"\0"})
    assert tree_hash(first) == tree_hash(second) == tree_hash(third)


def test_the_hash_changes_with_a_figure_or_a_file_name(tmp_path: Path) -> None:
    base = tree_hash(_tree(tmp_path / "base", FILES))
    changed = {**FILES, "sources/a-2016.txt": "一、总体要求\n2016年达到99%\n".encode()}
    renamed = {k.replace("a-2016", "b-2016"): v for k, v in FILES.items()}
    assert tree_hash(_tree(tmp_path / "changed", changed)) != base
    assert tree_hash(_tree(tmp_path / "renamed", renamed)) != base
