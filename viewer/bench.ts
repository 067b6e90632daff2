// Benchmark of the viewer in headless chromium (filled in by the viewer issue).
export async function runViewerBench(): Promise<void> {}
