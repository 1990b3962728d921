"""The frozen app's entry point (PyInstaller needs a script, not a console-script entry)."""
import sys

from regviz.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
