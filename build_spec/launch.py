"""Entry script of the frozen build: the same `run` as the `station-app` console script."""

from station_app.cli import run

run()
