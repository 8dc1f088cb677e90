"""The shipped data root: plans, transcriptions and the catalogs they refer to.

- ``plans/index.py``: the registry of plans (generated; ``qualityplans new-plan``
  appends to it), and ``plans/<module>.py``, one module per plan;
- ``sources/``: the transcriptions;
- ``regions.py``, ``departments/`` (one module per jurisdiction), ``indicators.py``,
  ``themes.py``, ``collectives.py``: the catalogs.

Nothing here is imported until a catalog asks for it (``qualityplans.catalog``).
"""
