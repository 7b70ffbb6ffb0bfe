"""``python -m viewer.cli``: the ``factsheet`` command."""

from __future__ import annotations

import sys

from viewer.cli.main import main

sys.exit(main())
