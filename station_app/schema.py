"""Every table of the program, gathered on one MetaData (for Alembic and tests)."""

from station_app.core.models import metadata
from station_app.members import models as member_models
from station_app.rooms import models as room_models
from station_app.volunteers import models as volunteer_models
from station_app.welfare import models as welfare_models

__all__ = ["member_models", "metadata", "room_models", "volunteer_models", "welfare_models"]
