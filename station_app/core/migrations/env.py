"""Alembic environment: the caller (station_app.core.migrate) hands over a connection."""

from alembic import context

import station_app.schema  # noqa: F401 - registers every table for autogenerate
from station_app.core.models import metadata

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
