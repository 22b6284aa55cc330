"""Resolvers: actors, dates, places."""
