"""Importers: every supported file becomes one Document of the profile model."""
