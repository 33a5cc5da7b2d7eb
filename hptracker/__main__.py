"""python -m hptracker: the same as the hptracker command."""

from hptracker.app import main

raise SystemExit(main())
