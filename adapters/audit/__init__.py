"""Audit bundles: an exchange's complete stored history as a hash-chained file others can check and load."""
