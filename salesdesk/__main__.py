"""``python -m salesdesk``: the command line (with no subcommand, the window)."""

import sys

from salesdesk.cli import main

sys.exit(main())
