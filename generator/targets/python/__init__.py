"""The Python target: the renderer (render.py), its Jinja templates (templates/) and the runtime
library every generated package ships (_runtime/, copied verbatim), kept together as package data."""
