"""Comparing plans: one module per job.

- :mod:`~qualityplans.compare.diff`: ``diff(a, b)``, what changed between two plans;
- :mod:`~qualityplans.compare.align`: the one-to-one alignment of their measures;
- :mod:`~qualityplans.compare.render`: a diff as text, Markdown or JSON-safe data;
- :mod:`~qualityplans.compare.outcomes`: targets against the reports of later years;
- :mod:`~qualityplans.compare.discrepancies`: one thing stated with two amounts;
- :mod:`~qualityplans.compare.matrix`: indicators × plans.
"""
