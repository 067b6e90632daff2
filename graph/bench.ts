// Benchmarks of the graph layer (filled in by the graph issue).
export async function runGraphBench(): Promise<void> {}
