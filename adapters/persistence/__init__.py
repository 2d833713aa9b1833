"""Where events are kept: the pydantic-aware mapper and the wiring of SQLite, PostgreSQL and memory stores."""
