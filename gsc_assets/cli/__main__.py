"""`python -m gsc_assets.cli`: the `gsc-assets` command without its console script (tests and benchmarks)."""

import sys

from gsc_assets.cli import main

sys.exit(main())
