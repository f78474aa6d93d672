// CLI entry: filled in by the CLI work.
console.error('kashif: CLI not built yet');
process.exit(2);
