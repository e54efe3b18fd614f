"""Loaders of upstream market files: each reads one format into the market tables."""
