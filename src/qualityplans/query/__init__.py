"""Asking the data questions: search, filters and responsibilities across plans.

One module per question; this package only names them.
"""
