"""Types and vocabularies: what Nexus knows about, and nothing about how it is stored or found."""
