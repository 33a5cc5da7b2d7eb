"""Thin launcher: python main.py [--db PATH] [COMMAND ...] is the same as hptracker …"""

from hptracker.cli import main

raise SystemExit(main())
