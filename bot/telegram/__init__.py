"""The Telegram shell: settings, handlers, keyboards and the application builder."""
