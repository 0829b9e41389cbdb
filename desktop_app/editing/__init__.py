"""Changing an article by hand: span annotations that follow text edits, drafts and their checks,
merging officials, and the 督办 fields of a task. Pure functions over domain objects; no I/O, no Qt."""
