"""`python -m tui` runs the command line, like the `pledgescope` script."""

from tui.cli import main

if __name__ == "__main__":  # not when a worker process of a parallel ingest imports this module
    raise SystemExit(main())
