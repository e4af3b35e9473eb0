"""Alembic's home: env.py and versions/ are loaded by path; ddl.py is imported by the
revisions (a package so that the frozen program finds it like any module)."""
