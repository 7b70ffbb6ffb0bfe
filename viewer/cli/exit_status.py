"""Exit status: 0 on success, 2 on a usage error (argparse), 1 on any other error."""

from __future__ import annotations

USAGE_ERROR = 2
FAILURE = 1
