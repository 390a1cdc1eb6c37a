"""A count and its noun, `1 document` or `2 documents`: the one spelling of it for every message that counts
something, so that no message says `1 documents`."""


def counted(number: int, noun: str) -> str:
    """`number` and `noun`, the noun's last word in the plural unless the number is one (`0 rows`, `1 row`,
    `3 broken symbolic links`): every noun counted is one that takes an `s`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
