"""Entry script of the frozen build: the same `main` as the `station-app` console script."""

from station_app.cli import main

raise SystemExit(main())
