"""``python -m qualityplans``: the same command line as ``qualityplans``."""

import sys

from qualityplans.cli import main

sys.exit(main())
