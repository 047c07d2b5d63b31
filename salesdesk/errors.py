"""Errors that are the user's to fix: shown as one clear line, never as a traceback."""


class UserError(Exception):
    """A mistake in the user's input (a file, a path, an argument).

    The command line prints ``str(error)`` on one line and exits 2; the window shows it in a
    message box. The message is already translated when the error is raised.
    """
