"""Helpers for tests and benchmarks: a synthetic corpus (``synth``)."""
