"""HTTP API and web page: ``create_app`` builds the FastAPI app, ``serve`` runs it."""

from tidings.api.app import create_app, serve

__all__ = ["create_app", "serve"]
