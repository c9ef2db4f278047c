"""Scenario files: the pydantic model, YAML loading with located errors, and lint."""
