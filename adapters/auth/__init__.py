"""Who may use the shared service: bearer tokens, their roles, and the keyring that keeps their hashes."""
