"""Targets: the writers that turn the IR into a package in one language (today: Python)."""
