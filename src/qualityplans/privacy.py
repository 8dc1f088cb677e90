"""Contact details (phone numbers on report forms) are ledgered but never published.

A transcription keeps every figure of its source, including the phone numbers
a form lists; the ledger accounts for them with ``LedgerReason.CONTACT``. Every
surface that publishes data (site pages, CSV and JSON exports) passes the
dataset through ``publishable`` first, which masks those entries.
"""

from __future__ import annotations

import re

import attrs

from qualityplans.model import Dataset, LedgerEntry, LedgerReason, Plan

__all__ = ["WITHHELD", "publishable", "withhold"]

WITHHELD = "（已隐去 withheld）"


def withhold(entry: LedgerEntry) -> LedgerEntry:
    """The entry as it may be shown: a contact detail's digits are masked."""
    if entry.reason is not LedgerReason.CONTACT:
        return entry
    return attrs.evolve(entry, figure=WITHHELD, quote=re.sub(r"[0-9０-９]", "×", entry.quote))


def _publishable_plan(plan: Plan) -> Plan:
    if all(e.reason is not LedgerReason.CONTACT for e in plan.ledger):
        return plan
    return attrs.evolve(plan, ledger=tuple(withhold(e) for e in plan.ledger))


def publishable(data: Dataset) -> Dataset:
    """``data`` with every contact detail withheld."""
    return attrs.evolve(data, plans=tuple(_publishable_plan(p) for p in data.plans))
