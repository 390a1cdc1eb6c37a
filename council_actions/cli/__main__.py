"""`python -m council_actions.cli`."""

import sys

from council_actions.cli import main

sys.exit(main())
