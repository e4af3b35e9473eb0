from station_app.cli import run

run()
