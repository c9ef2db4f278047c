"""`python -m game`: the same as the `omgevingstafel` command."""

import sys

from game.cli import main

sys.exit(main())
