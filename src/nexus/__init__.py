"""Nexus: crime–terror–state convergence networks with span-level provenance on every fact."""

__version__ = "0.1.0"
