import sys

from po_desktop.cli import main

sys.exit(main())
