"""Test package (lets test modules in different folders share a name)."""
