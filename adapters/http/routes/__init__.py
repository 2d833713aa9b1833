"""The service's routes, grouped by resource."""
