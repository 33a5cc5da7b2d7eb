"""Everything Qt: the main window, table models, forms, printing. Never opens a database session."""
