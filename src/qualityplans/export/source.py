"""What an export writes: a catalog's data (or a Dataset) and the version to cite it by."""

from __future__ import annotations

import hashlib

from attrs import frozen

from qualityplans.catalog import Catalog, default_catalog
from qualityplans.model import Dataset
from qualityplans.serialize import to_json
from qualityplans.version import package_version

__all__ = ["Exported", "exported"]


@frozen(eq=False)
class Exported:
    """The data to write, the catalog it comes from, and its citable version."""

    data: Dataset
    catalog: Catalog
    version: str
    sha256: str

    @property
    def stamp(self) -> tuple[str, str]:
        """(version, sha256): what the ``dataset`` table records."""
        return self.version, self.sha256


def exported(data: Dataset | Catalog | None, catalog: Catalog | None = None) -> Exported:
    """``data`` resolved: a Catalog's data, a Dataset as given, or the default catalog's.

    The version is the catalog's when the data is the catalog's own; for any other
    Dataset it is the release and a hash of that data, so a changed copy is never
    cited by the shipped data's version.
    """
    if isinstance(data, Catalog):
        catalog, data = data, data.dataset
    cat = catalog or default_catalog()
    if data is None:
        data = cat.dataset
    if data is cat.dataset:
        return Exported(data, cat, cat.dataset_version(), cat.dataset_hash())
    digest = hashlib.sha256(to_json(data, indent=None).encode()).hexdigest()
    return Exported(data, cat, f"{package_version()}+data.{digest[:12]}", digest)
