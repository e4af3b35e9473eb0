"""Every word the volunteer printouts print, as English source text (context
``VolunteersReport``), translated with :func:`station_app.volunteers.labels.tr` when a
printout is built. In one module so that a word two printouts print is written once."""

from __future__ import annotations

from station_app.core.i18n import QT_TRANSLATE_NOOP

# --- words more than one printout uses ---------------------------------------------------

COL_NO = QT_TRANSLATE_NOOP("VolunteersReport", "No.")
NAME = QT_TRANSLATE_NOOP("VolunteersReport", "Name")
DATE = QT_TRANSLATE_NOOP("VolunteersReport", "Date")
COL_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "Team")
COL_ROLE = QT_TRANSLATE_NOOP("VolunteersReport", "Role")
COL_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "Kind")
COL_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours")
TOTAL = QT_TRANSLATE_NOOP("VolunteersReport", "Total")

# --- roster --------------------------------------------------------------------------------

ROSTER_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Roster")
ROSTER_HEADING = QT_TRANSLATE_NOOP("VolunteersReport", "Roster: {title}")
LEADER_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Roster (leader's contact copy)")
LEADER_HEADING = QT_TRANSLATE_NOOP("VolunteersReport", "Roster (leader's contact copy): {title}")
LEADER_COPY = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "Leader's copy: mobile numbers in full. Keep it safe and destroy it after the activity.",
)
TIME = QT_TRANSLATE_NOOP("VolunteersReport", "Time")
PLACE = QT_TRANSLATE_NOOP("VolunteersReport", "Place")
LEADER = QT_TRANSLATE_NOOP("VolunteersReport", "Leader")
PLACES_FILLED = QT_TRANSLATE_NOOP("VolunteersReport", "Places filled")
FILLED_OF = QT_TRANSLATE_NOOP("VolunteersReport", "{filled} of {places}")
DESCRIPTION = QT_TRANSLATE_NOOP("VolunteersReport", "Description")
SHIFT_HEADING = QT_TRANSLATE_NOOP(
    "VolunteersReport", "Shift {number}: {span}, {role}, {filled} of {places} places"
)
SHIFT_HEADING_NO_ROLE = QT_TRANSLATE_NOOP(
    "VolunteersReport", "Shift {number}: {span}, {filled} of {places} places"
)
CANCELLED_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "{count} cancelled, not listed.")
NO_SHIFTS = QT_TRANSLATE_NOOP("VolunteersReport", "No shifts planned yet.")
COL_MOBILE = QT_TRANSLATE_NOOP("VolunteersReport", "Mobile")
COL_STATUS = QT_TRANSLATE_NOOP("VolunteersReport", "Status")
COL_SIGN_IN = QT_TRANSLATE_NOOP("VolunteersReport", "Sign in")
COL_SIGN_OUT = QT_TRANSLATE_NOOP("VolunteersReport", "Sign out")
COL_NOTES = QT_TRANSLATE_NOOP("VolunteersReport", "Notes")
OVERRIDE_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "Overlap allowed: {reason}")
HOURS_NOTE = QT_TRANSLATE_NOOP("VolunteersReport", "Hours {hours}: {reason}")
OVERRIDES_FOOTNOTE = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "{count} volunteers on this roster are also on another shift at the same time, allowed "
    "by an administrator (see Notes).",
)
SIGN_LEADER = QT_TRANSLATE_NOOP("VolunteersReport", "Team leader")
SIGN_DESK = QT_TRANSLATE_NOOP("VolunteersReport", "Desk")

# --- certificate ---------------------------------------------------------------------------

CERT_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer Service Record Certificate")
CERT_NUMBER = QT_TRANSLATE_NOOP("VolunteersReport", "Certificate No. {number}")
CERT_BODY = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "This is to certify that {name} (ID number {id_number}), a volunteer of {team}, took part "
    "in volunteer service {count} times from {first} to {last}, {hours} hours of service in "
    "all.",
)
CERT_GENDER = QT_TRANSLATE_NOOP("VolunteersReport", "Gender")
CERT_ID = QT_TRANSLATE_NOOP("VolunteersReport", "ID number")
CERT_JOINED = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer since")
CERT_PERIOD = QT_TRANSLATE_NOOP("VolunteersReport", "Period")
CERT_PERIOD_VALUE = QT_TRANSLATE_NOOP("VolunteersReport", "{first} to {last}")
CERT_RECORD = QT_TRANSLATE_NOOP("VolunteersReport", "Service record")
COL_ACTIVITY = QT_TRANSLATE_NOOP("VolunteersReport", "Service activity")
CERT_CLOSING = QT_TRANSLATE_NOOP("VolunteersReport", "Hereby certified.")
CERT_SEAL = QT_TRANSLATE_NOOP("VolunteersReport", "(Seal)")
CERT_ISSUER = QT_TRANSLATE_NOOP("VolunteersReport", "Issued by: {issuer}")
CERT_THROUGH_ISSUE = QT_TRANSLATE_NOOP("VolunteersReport", "{last} (the date of issue)")
CERT_VERIFY = QT_TRANSLATE_NOOP(
    "VolunteersReport", "To verify this certificate, call the service station at {phone}."
)
CERT_REPLACES = QT_TRANSLATE_NOOP(
    "VolunteersReport", "This certificate replaces No. {number}, whose hours have since changed."
)
CERT_SCAN = QT_TRANSLATE_NOOP("VolunteersReport", "Certificate number {number}")
CERT_PREVIEW = QT_TRANSLATE_NOOP("VolunteersReport", "Preview: not yet issued")
DATE_LONG = QT_TRANSLATE_NOOP("VolunteersReport", "{year}-{month}-{day}")

# --- year summary --------------------------------------------------------------------------

SUMMARY_TITLE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer service figures")
SUMMARY_HEADING = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteer service in {year}")
SUMMARY_PLANNED = QT_TRANSLATE_NOOP("VolunteersReport", "Service activities planned")
SUMMARY_HELD = QT_TRANSLATE_NOOP("VolunteersReport", "Service activities held")
SUMMARY_ON_FILE = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers on file")
SUMMARY_SERVED = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers who served")
SUMMARY_ATTENDANCES = QT_TRANSLATE_NOOP("VolunteersReport", "Times served")
SUMMARY_HOURS = QT_TRANSLATE_NOOP("VolunteersReport", "Hours of service")
SUMMARY_BY_TEAM = QT_TRANSLATE_NOOP("VolunteersReport", "By team")
SUMMARY_BY_KIND = QT_TRANSLATE_NOOP("VolunteersReport", "By kind of service")
COL_VOLUNTEERS = QT_TRANSLATE_NOOP("VolunteersReport", "Volunteers")
COL_SERVED = QT_TRANSLATE_NOOP("VolunteersReport", "Served")
COL_ACTIVITIES = QT_TRANSLATE_NOOP("VolunteersReport", "Activities")
SUMMARY_NOTE = QT_TRANSLATE_NOOP(
    "VolunteersReport",
    "Counted: attended shifts that began in {year}. A team's figures are those of the "
    "volunteers in it now; the brigade's own line is its volunteers outside the squads.",
)
NOTHING_YET = QT_TRANSLATE_NOOP("VolunteersReport", "No attended service recorded yet.")
