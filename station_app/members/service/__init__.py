"""Member intake use cases, one aggregate per module; the services are one import away.

* :mod:`.members` — intake, edit, the record, the list (``MemberService``)
* :mod:`.lifecycle` — transfer out, withdraw, reinstate, and the history
* :mod:`.units` — units, and the yearly union figures (``UnitService``)
* :mod:`.unit_ledger` — the ledger: staff responsible, contact notes (``UnitLedgerService``)
* :mod:`.communities` — the street's communities (``CommunityService``)
* :mod:`.store` — one member row inside a transaction: checks on file, numbering
* :mod:`.validation`, :mod:`.unit_validation` — what the desk typed, no database
"""

from station_app.members.service.communities import CommunityService
from station_app.members.service.members import MemberService
from station_app.members.service.unit_ledger import UnitLedgerService
from station_app.members.service.units import UnitService

__all__ = ["CommunityService", "MemberService", "UnitLedgerService", "UnitService"]
