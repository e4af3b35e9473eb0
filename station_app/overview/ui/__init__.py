"""统计: the overview tab (this year's figures and charts, the annual report)."""
