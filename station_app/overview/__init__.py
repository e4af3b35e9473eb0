"""统计: the station's figures of a year (or any period) across every feature: the
annual report (PDF, xlsx) and the overview tab. Reads every feature's tables; no
feature imports it."""
