"""The findings view: every exchange's findings, kept by a projection that follows the Reconciler's log."""
