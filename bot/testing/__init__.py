"""Stand-ins for the outside world, shared by the tests and the end-to-end benchmark."""
