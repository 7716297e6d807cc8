"""Prints the path of the issue with the latest masthead date under a content folder (ties: the
last path): the issue a publisher would have added last. Usage: newest-issue.py CONTENT"""
import pathlib
import re
import sys


def issued(path):
    with open(path, encoding="utf-8") as f:
        head = "".join(f.readline() for _ in range(5))
    m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
    return tuple(map(int, m.groups())) if m else (0, 0, 0)


print(max(pathlib.Path(sys.argv[1]).rglob("*.txt"), key=lambda p: (issued(p), str(p))))
