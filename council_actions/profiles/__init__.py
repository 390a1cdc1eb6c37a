"""Council profiles shipped with the package (TOML data, read by council_actions.profile)."""
