"""Room bookings out of the desk: to a spreadsheet (.xlsx) and to a calendar file (.ics),
in :mod:`.bookings`."""
