"""Spreadsheet exchange: readers, header detection, mapping, normalisation, duplicates,
import batches and export. Never imports Qt."""
