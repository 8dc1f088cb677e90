"""Data roots: the folders a catalog is built from.

A data root is a folder holding

- ``plans/index.py``: the plan index, the one registry of the root's plans
  (module, id, 文号, title, aliases), generated and updated by
  ``qualityplans new-plan`` and ``python -m qualityplans.catalog.registry``;
- ``plans/<module>.py``: one module per plan, defining ``PLAN``;
- ``sources/<file>.txt``: the transcriptions;
- optionally the catalogs the plans refer to: ``regions.py`` (``REGIONS``),
  ``departments`` (``DEPARTMENTS`` and ``LINEAGE``), ``indicators.py``
  (``INDICATORS``), ``themes.py`` (``THEMES``), ``collectives.py``
  (``COLLECTIVES``).

The shipped data (``qualityplans/data``) is one root, imported as the package
``qualityplans.data``; each folder named in ``QUALITYPLANS_EXTRA_DATA``
(separated by the path separator) is another, imported by file path. Plans load
one module at a time, through the index: looking a plan up never imports the
others. A module that cannot be loaded raises ``DataLoadError`` (a ValueError)
in one line naming the file and line.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping
from functools import cached_property
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from attrs import field, frozen

from qualityplans.catalog.shapes import shape_problems
from qualityplans.model import (
    Collective,
    Department,
    Indicator,
    LineageEvent,
    Plan,
    Region,
    Theme,
)
from qualityplans.version import tree_hash

__all__ = [
    "ENV_EXTRA_DATA",
    "CatalogRecords",
    "DataConflictError",
    "DataLoadError",
    "DataRoot",
    "FolderRoot",
    "IndexEntry",
    "MemoryRoot",
    "Row",
    "extra_roots",
    "read_index",
    "shipped_root",
]

ENV_EXTRA_DATA = "QUALITYPLANS_EXTRA_DATA"
SHIPPED_PACKAGE = "qualityplans.data"

Row = tuple[str, str, str | None, str, tuple[str, ...]]
"""One index row: module, plan id, canonical 文号 (or None), title_zh, aliases."""


class DataLoadError(ValueError):
    """A data module or index that cannot be loaded: one line naming the file and line."""

    def __init__(self, file: str, detail: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.detail = detail
        where = f"{file}: line {line}" if line is not None else file
        super().__init__(f"{where}: cannot load: {detail}")

    def __str__(self) -> str:
        return str(self.args[0])


class DataConflictError(ValueError):
    """Two data roots (or two plans of one) define the same id, 文号 or title."""


@frozen
class CatalogRecords:
    """The catalog records one root defines (each may be empty)."""

    regions: tuple[Region, ...] = ()
    departments: tuple[Department, ...] = ()
    lineage: tuple[LineageEvent, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    themes: tuple[Theme, ...] = ()
    collectives: tuple[Collective, ...] = ()


# Each catalog: the attribute a root's catalog module defines, and the module's name.
CATALOG_MODULES = {
    "regions": ("REGIONS", "regions"),
    "departments": ("DEPARTMENTS", "departments"),
    "lineage": ("LINEAGE", "departments"),
    "indicators": ("INDICATORS", "indicators"),
    "themes": ("THEMES", "themes"),
    "collectives": ("COLLECTIVES", "collectives"),
}


@frozen(eq=False)
class IndexEntry:
    """One plan as its root's index lists it."""

    module: str
    id: str
    doc_number: str | None
    title_zh: str
    aliases: tuple[str, ...]
    root: DataRoot = field(repr=False)

    def keys(self) -> tuple[str, ...]:
        """The names a plan is looked up by: id, title, 文号 and its popular names."""
        number = (self.doc_number,) if self.doc_number else ()
        return (self.id, self.title_zh, *number, *self.aliases)

    @property
    def row(self) -> Row:
        return (self.module, self.id, self.doc_number, self.title_zh, self.aliases)

    def load(self) -> Plan:
        return self.root.load(self)

    @property
    def file(self) -> str:
        """The plan module's path, as a contributor sees it."""
        return self.root.plan_file(self.module)


class DataRoot:
    """Where plans, transcriptions and catalog records come from."""

    name: str  # how messages name the root: its folder, or "memory"
    shipped: bool

    def entries(self) -> tuple[IndexEntry, ...]:
        raise NotImplementedError

    def load(self, entry: IndexEntry) -> Plan:
        raise NotImplementedError

    def source(self, file: str) -> str | None:
        """The transcription ``file``, or None if this root has none of that name."""
        raise NotImplementedError

    def records(self) -> CatalogRecords:
        raise NotImplementedError

    def digest(self) -> str:
        """A sha256 over the root's data, for the citable dataset version."""
        raise NotImplementedError

    def plan_file(self, module: str) -> str:
        return f"{self.name}/plans/{module}.py"

    def index_file(self) -> str:
        return f"{self.name}/plans/index.py"

    def source_file(self, file: str) -> str:
        return f"{self.name}/sources/{file}"

    def catalog_file(self, kind: str, record_id: str = "") -> str:
        """The file defining a catalog record of ``kind`` (region, department …)."""
        if kind in ("department", "lineage") and self.shipped and record_id:
            # Shipped departments live in one module per jurisdiction (the id's prefix).
            return f"{self.name}/departments/{record_id.split('.')[0]}.py"
        module = CATALOG_MODULES[f"{kind}s" if kind != "lineage" else kind][1]
        return f"{self.name}/{module}.py"

    def module_files(self) -> tuple[str, ...]:
        """Plan module names present in ``plans/`` (listed in the index or not)."""
        return ()


def _relative(path: Path) -> str:
    """``path`` as a contributor sees it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _loading_error(file: str, error: BaseException) -> DataLoadError:
    """The one-line error for a module that raised while loading."""
    if isinstance(error, SyntaxError):
        return DataLoadError(file, f"SyntaxError: {error.msg}: fix the Python syntax", error.lineno)
    import traceback  # only when a module failed to load

    frames = traceback.extract_tb(error.__traceback__)
    target = str(Path(file).resolve()) if Path(file).exists() else file
    ours = [f for f in frames if Path(f.filename).resolve().as_posix() == Path(target).as_posix()]
    line = ours[-1].lineno if ours else None
    message = str(error).splitlines()[0] if str(error) else ""
    detail = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return DataLoadError(file, detail[:300], line)


def _misshapen(path: Path, file: str, record: object, eid: str, prefix: str = "") -> None:
    """Raise DataLoadError for the first field of ``record`` that does not hold what its
    class declares (a one-item tuple without its comma), naming the field and, where
    the module writes it as a keyword, its line."""
    problems = shape_problems(record, eid)
    if not problems:
        return
    at, field, message = problems[0]
    raise DataLoadError(file, f"{prefix}{at}/{field}: {message}", _keyword_line(path, field))


def _keyword_line(path: Path, field: str) -> int | None:
    """The line of the first ``name=`` keyword (the field's last name) whose value is a
    lone string, number or record call rather than a tuple: where a one-item tuple
    lost its comma. None if the module writes no such keyword."""
    name = field.rsplit(".", 1)[-1].split("[", 1)[0]
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == name:
            value = node.value
            record = (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id[:1].isupper()
            )
            if isinstance(value, ast.Constant) or record:
                lines.append(value.lineno)
    return min(lines) if lines else None


def read_index(text: str, file: str) -> tuple[Row, ...]:
    """The rows of an index module's text, read as literals (nothing is executed)."""
    try:
        tree = ast.parse(text, filename=file)
    except SyntaxError as error:
        raise DataLoadError(file, f"SyntaxError: {error.msg}", error.lineno) from None
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == "PLANS" and node.value is not None:
                try:
                    value = ast.literal_eval(node.value)
                except ValueError:
                    raise DataLoadError(
                        file, "PLANS must be a literal tuple of rows", node.lineno
                    ) from None
                return tuple(_row(r, file, node.lineno) for r in value)
    raise DataLoadError(file, "defines no PLANS")


def _row(value: Any, file: str, line: int) -> Row:
    if not (isinstance(value, tuple) and len(value) in (4, 5)):
        raise DataLoadError(
            file, f"an index row must be (module, id, 文号, title, aliases): {value!r:.80}", line
        )
    module, plan_id, number, title = value[:4]
    aliases = value[4] if len(value) == 5 else ()
    if not all(isinstance(v, str) for v in (module, plan_id, title)) or not (
        number is None or isinstance(number, str)
    ):
        raise DataLoadError(file, f"an index row holds strings: {value!r:.80}", line)
    if not (isinstance(aliases, tuple) and all(isinstance(a, str) for a in aliases)):
        raise DataLoadError(file, f"aliases must be a tuple of strings: {aliases!r:.80}", line)
    return (module, plan_id, number, title, aliases)


class FolderRoot(DataRoot):
    """A folder of data on disk: the shipped package, or a folder of extra plans."""

    def __init__(self, path: Path, *, package: str | None = None, name: str | None = None) -> None:
        self.path = path
        self.package = package  # importable package name (the shipped data), else None
        self.shipped = package == SHIPPED_PACKAGE
        self.name = name or _relative(path)
        digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]
        self._extra_package = f"qualityplans_extra_{digest}"

    def __repr__(self) -> str:
        return f"<FolderRoot {self.name}>"

    @cached_property
    def _entries(self) -> tuple[IndexEntry, ...]:
        file = self.path / "plans" / "index.py"
        if not file.is_file():
            if self.shipped:
                raise DataLoadError(self.index_file(), "the plan index is missing")
            return ()
        rows = read_index(file.read_text(encoding="utf-8"), self.index_file())
        return tuple(IndexEntry(*row, root=self) for row in rows)

    def entries(self) -> tuple[IndexEntry, ...]:
        return self._entries

    def module_files(self) -> tuple[str, ...]:
        folder = self.path / "plans"
        if not folder.is_dir():
            return ()
        return tuple(
            sorted(p.stem for p in folder.glob("*.py") if p.stem not in ("index", "__init__"))
        )

    def _import(self, module: str) -> ModuleType:
        """Import ``module`` (a dotted name under the root), once."""
        if self.package is not None:
            return import_module(f"{self.package}.{module}")
        name = f"{self._extra_package}.{module}"
        if name in sys.modules:
            return sys.modules[name]
        path = self.path / (module.replace(".", "/") + ".py")
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise DataLoadError(_relative(path), "not a Python module")
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        try:
            spec.loader.exec_module(loaded)
        except BaseException:
            del sys.modules[name]
            raise
        return loaded

    def _module(self, module: str, file: str) -> ModuleType:
        try:
            return self._import(module)
        except DataLoadError:
            raise
        except (Exception, RecursionError) as error:
            raise _loading_error(file, error) from None

    def load(self, entry: IndexEntry) -> Plan:
        file = self.plan_file(entry.module)
        if self.package is None and not (self.path / "plans" / f"{entry.module}.py").is_file():
            raise DataLoadError(
                self.index_file(), f"lists module {entry.module!r}, but {file} is missing"
            )
        module = self._module(f"plans.{entry.module}", file)
        plan = getattr(module, "PLAN", None)
        if not isinstance(plan, Plan):
            raise DataLoadError(file, f"defines no PLAN (a Plan), but {type(plan).__name__}")
        path = self.path / "plans" / f"{entry.module}.py"
        _misshapen(path, file, plan, "plan", f"{plan.id if isinstance(plan.id, str) else ''}/")
        return plan

    def source(self, file: str) -> str | None:
        if self.package is not None:
            from importlib import resources  # 15 ms: only when a package's text is read

            found = resources.files(self.package).joinpath("sources", file)
            return found.read_text(encoding="utf-8") if found.is_file() else None
        path = self.path / "sources" / file
        if "/" in file or "\\" in file or not path.is_file():
            return None
        return path.read_text(encoding="utf-8")

    @cached_property
    def _records(self) -> CatalogRecords:
        found: dict[str, tuple[Any, ...]] = {}
        for kind, (attribute, module) in CATALOG_MODULES.items():
            if self.package is None and not (
                (self.path / f"{module}.py").is_file()
                or (self.path / module / "__init__.py").is_file()
            ):
                continue
            if self.package is None and (self.path / module / "__init__.py").is_file():
                raise DataLoadError(f"{self.name}/{module}", "extra catalogs are single modules")
            loaded = self._module(module, f"{self.name}/{module}.py")
            value = getattr(loaded, attribute, ())
            file = f"{self.name}/{module}.py"
            if not isinstance(value, tuple):
                raise DataLoadError(
                    file, f"{attribute} must be a tuple, not {type(value).__name__}"
                )
            for i, record in enumerate(value):
                where = getattr(record, "id", i)
                _misshapen(self.path / f"{module}.py", file, record, f"{kind}/{where}")
            found[kind] = value
        return CatalogRecords(**found)

    def records(self) -> CatalogRecords:
        return self._records

    def digest(self) -> str:
        if self.package is not None:
            from importlib import resources

            return tree_hash(resources.files(self.package))
        return tree_hash(self.path)


class MemoryRoot(DataRoot):
    """Plans, records and transcriptions held in memory (tests, hostile and synthetic corpora)."""

    def __init__(
        self,
        plans: Iterable[Plan],
        records: CatalogRecords | None = None,
        texts: Mapping[str, str] | None = None,
        *,
        name: str = "memory",
        shipped: bool = False,
    ) -> None:
        self.name = name
        self.shipped = shipped
        self._plans = {}
        rows = []
        for plan in plans:
            module = plan.id.replace("-", "_")
            self._plans[module] = plan
            number = plan.doc_number.canonical if plan.doc_number else None
            rows.append(IndexEntry(module, plan.id, number, plan.title_zh, plan.aliases, root=self))
        self._entries = tuple(rows)
        self._records = records or CatalogRecords()
        self._texts = dict(texts or {})

    def __repr__(self) -> str:
        return f"<MemoryRoot {self.name} {len(self._entries)} plans>"

    def entries(self) -> tuple[IndexEntry, ...]:
        return self._entries

    def load(self, entry: IndexEntry) -> Plan:
        return self._plans[entry.module]

    def source(self, file: str) -> str | None:
        return self._texts.get(file)

    def records(self) -> CatalogRecords:
        return self._records

    def digest(self) -> str:
        # serialize (and cattrs under it) only when a digest is asked for: a first
        # lookup never needs them.
        from qualityplans.serialize import to_json

        digest = hashlib.sha256()
        for entry in self._entries:
            digest.update(to_json(self._plans[entry.module]).encode())
        for file in sorted(self._texts):
            digest.update(f"{file}\0{self._texts[file]}".encode())
        return digest.hexdigest()


def shipped_root() -> FolderRoot:
    """The data this package ships (``qualityplans/data``)."""
    spec = importlib.util.find_spec(SHIPPED_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        raise DataLoadError(SHIPPED_PACKAGE, "the shipped data package is missing")
    path = Path(locations[0])
    return FolderRoot(path, package=SHIPPED_PACKAGE, name=_relative(path))


def extra_roots(environ: Mapping[str, str] | None = None) -> tuple[FolderRoot, ...]:
    """The folders of extra plans named by ``QUALITYPLANS_EXTRA_DATA`` (path separator)."""
    value = (os.environ if environ is None else environ).get(ENV_EXTRA_DATA, "")
    roots = []
    for part in value.split(os.pathsep):
        if not part.strip():
            continue
        path = Path(part)
        if not path.is_dir():
            raise DataLoadError(f"{ENV_EXTRA_DATA}={part[:200]}", "not a folder")
        roots.append(FolderRoot(path, name=_relative(path)))
    return tuple(roots)
