"""Outcome analysis: every package's points, ZOPA, Pareto frontier, Nash point, scores."""
