"""python -m hptracker: the same as the hptracker command."""

from hptracker.cli import main

raise SystemExit(main())
