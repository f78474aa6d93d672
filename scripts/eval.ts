console.error('eval: not built yet');
process.exit(2);
