"""Members and units in and out of spreadsheets (.xlsx and .csv).

* :mod:`.importer` — the import as the desk and the command line use it: read, map
  columns, preview, apply, the error workbook
* :mod:`.reader` — reading a sheet in any usual format and encoding
* :mod:`.columns` — the columns, their headers and aliases, parsing cell values
* :mod:`.places` — communities and units on file, matched once per sheet
* :mod:`.import_members` — checking member rows; :mod:`.save_members` saving them in bulk
* :mod:`.import_units` — checking and saving unit rows
* :mod:`.steps` — what both imports do alike: the row loop, a row's problems, the save
* :mod:`.export` — the member list as a workbook; :mod:`.template` the blank templates
* :mod:`.types` — sheets, preview rows, results
"""
