# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""One module per resource; each is imported when its client attribute is first used."""
