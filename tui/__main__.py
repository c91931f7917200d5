"""`python -m tui` runs the command line, like the `pledgescope` script."""

from tui.cli import main

raise SystemExit(main())
