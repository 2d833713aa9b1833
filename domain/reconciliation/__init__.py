"""The reconciliation engine: rules read the accepted figures through a view that notes what they read, and after a
change the engine checks again exactly the scopes whose reads changed."""
