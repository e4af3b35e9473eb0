"""volunteers feature (coming in its own issue)."""
