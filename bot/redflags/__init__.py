"""The red-flag reader: what in a pasted message is the warning sign, and is it a scam."""
