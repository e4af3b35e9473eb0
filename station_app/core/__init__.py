"""Qt-free plumbing shared by every feature."""
