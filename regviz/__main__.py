"""`regviz` and `python -m regviz`: a command runs headless; no command opens the desktop app;
`--self-test` checks an installation (see selftest.py)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the training process, in a frozen (installed) app; a no-op otherwise
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from .app import run_app

        return run_app(argv)
    if argv == ["--self-test"]:
        from .selftest import run

        return run()
    if argv == ["--version"]:
        from . import __version__

        print(f"regviz {__version__}")
        return 0
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
