"""One module per curated plan; each defines ``PLAN``."""
