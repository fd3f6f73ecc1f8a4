"""Resolution: names, blocking, scoring, judgements, canonical ids and screening."""
