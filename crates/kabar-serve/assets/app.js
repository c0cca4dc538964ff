// Placeholder: the dashboard script is built separately.
