"""`regviz` and `python -m regviz`: a command runs headless; no command opens the desktop app."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the training process, in a frozen (installed) app; a no-op otherwise
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from .app import run_app

        return run_app(argv)
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
