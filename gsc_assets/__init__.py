"""gsc-assets: Google Search Console Search Analytics into Postgres through Dagster assets."""

__version__ = "0.1.0"
