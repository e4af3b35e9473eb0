"""App-level dialogs: setup wizard, login, settings, about, crash."""
