"""The shared service: the Reconciler's commands and queries over HTTP, as a FastAPI app."""
