"""rooms feature (coming in its own issue)."""
