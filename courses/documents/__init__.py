"""Printable course documents: the learner workbook and the facilitator pack (PDF)."""
