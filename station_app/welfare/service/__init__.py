"""Welfare use cases, one job per module; the services are one import away here.

* :mod:`.stock` — gift items, receive / count / write off, the ledger, balances
* :mod:`.campaigns` — drafts, package, rule, preview, open (freeze), add/remove, close
* :mod:`.campaign_rules` — a draft cleaned and checked, written, and its audit snapshot
* :mod:`.eligibility` — the rule as SQL, and why a member falls outside it
* :mod:`.finding` — the person at the desk: how many match, their states, in batches
* :mod:`.handout` — confirm, undo, live counters (and finding, through the service)
* :mod:`.printing` — plain data for the printouts and the .xlsx exports
* :mod:`.common` — money and quantities, the campaign's state, the stock refusal

The selects behind lists and views are in :mod:`station_app.welfare.queries`.
"""

from station_app.welfare.service.campaigns import CampaignService, ShortfallError
from station_app.welfare.service.handout import AlreadyServed, HandoutService
from station_app.welfare.service.printing import WelfarePrintData
from station_app.welfare.service.stock import StockService

__all__ = [
    "AlreadyServed",
    "CampaignService",
    "HandoutService",
    "ShortfallError",
    "StockService",
    "WelfarePrintData",
]
