"""Thin launcher: python main.py [--db PATH] [COMMAND ...] is the same as hptracker …"""

from hptracker.cli import main

# Guarded: a child process started with multiprocessing's "spawn" (exports, hptracker.ui.child_work)
# imports this file again as its main module, and must not start a second program.
if __name__ == "__main__":
    raise SystemExit(main())
