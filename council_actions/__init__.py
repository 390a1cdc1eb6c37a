"""council-actions: UK council self-assessments and action plans to auditable Parquet tables."""

__version__ = "0.1.0"
