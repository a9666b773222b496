"""Entry point of the frozen application (PyInstaller): the same as ``python -m po_desktop``."""

import sys

from po_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
