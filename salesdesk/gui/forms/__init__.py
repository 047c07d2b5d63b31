"""Python forms generated from ui/*.ui by compile_assets: do not edit."""
