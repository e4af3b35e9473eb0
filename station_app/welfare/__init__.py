"""welfare feature (coming in its own issue)."""
