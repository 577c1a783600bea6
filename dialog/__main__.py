"""Allow ``python -m dialog``."""

import sys

from dialog.cli import main

sys.exit(main())
