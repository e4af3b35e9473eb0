"""Room bookings: the feature's services, one import away.

* :class:`RoomService` (service/rooms.py): the rooms, their hours, slot and buffer.
* :class:`BookingService` (service/bookings.py, its rows in service/booking_store.py):
  book, repeat, edit, cancel, check in, complete, no-show. One transaction and an audit
  row per use case.
* :class:`CalendarService` (queries/views.py): day and week views, bookings in a range,
  the holiday notice, the monthly usage report.
* :class:`HolidayService` (core/holidays.py): day kinds and the administrators'
  holiday overrides.

Every row that leaves for a screen, a list, an export or a printout has passed
through :func:`visible_booking`; door sheets and iCalendar files go further and
always show private bookings as "Booked" only (:func:`public_booking`).
"""

from station_app.core.holidays import HolidayService
from station_app.rooms.errors import BookingClash, SlotUnavailable
from station_app.rooms.queries.views import CalendarService
from station_app.rooms.service.bookings import BookingService, occurrence_times
from station_app.rooms.service.rooms import RoomService
from station_app.rooms.types import may_see, public_booking, visible_booking

__all__ = [
    "BookingClash",
    "BookingService",
    "CalendarService",
    "HolidayService",
    "RoomService",
    "SlotUnavailable",
    "may_see",
    "occurrence_times",
    "public_booking",
    "visible_booking",
]
