"""Text utilities over the model: figures in a transcription, contact details,
where quotes stand, and terminal layout for CJK text."""
