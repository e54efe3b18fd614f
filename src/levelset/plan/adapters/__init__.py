"""Adapters from the other capabilities' public results to the plan's inputs (one per source)."""
