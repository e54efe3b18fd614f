"""Market ranges from real data: normalisation of titles, levels and places; percentile ranges."""
