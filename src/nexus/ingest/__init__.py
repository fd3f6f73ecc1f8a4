"""Readers, one per input family, and the ingestion pipeline that stores what they read."""
