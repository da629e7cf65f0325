"""The demo curriculum as plain data (format: spec demo_content_format.md); no Django."""
