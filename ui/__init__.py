"""The browser chat (Gradio): streamed cited answers, sources with highlights, uploads."""
