import subprocess
import sys

import pytest

import qualityplans


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert qualityplans.__all__ == sorted(qualityplans.__all__)
    for name in qualityplans.__all__:
        assert getattr(qualityplans, name) is not None


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        qualityplans.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_import_is_lazy() -> None:
    code = "import sys, qualityplans; print(sorted(m for m in sys.modules if m.startswith('qualityplans')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['qualityplans']"


def test_readme_example_runs() -> None:
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "加强工程质量安全监管" in result.stdout
    assert "100" in result.stdout
