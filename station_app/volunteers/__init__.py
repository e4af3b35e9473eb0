"""Volunteer rosters (志愿者排班): the brigade and its squads, volunteers, service
activities and shifts, no double booking, hours, rosters and certificates.
Services in :mod:`.service`, printouts in :mod:`.reports`, the tab in ``ui/``."""
