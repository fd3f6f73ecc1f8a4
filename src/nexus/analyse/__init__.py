"""Graph analysis over the resolved store: projection, paths, brokers, communities, convergence, timeline."""
