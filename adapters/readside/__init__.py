"""The read side: each exchange's latest report and listing, kept in the store by a projection of the log."""
