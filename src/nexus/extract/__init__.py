"""Text to mentions, entities, relations and claims; the gazetteer; one interface for every back end."""
