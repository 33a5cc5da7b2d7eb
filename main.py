"""Thin launcher: python main.py [--db PATH] [COMMAND ...]."""

from hptracker.app import main

raise SystemExit(main())
