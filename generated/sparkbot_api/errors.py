"""sparkbot: nothing raises the generator's own errors; the overlay maps every failure to sparkbot._errors."""

__all__: list[str] = []
