// `kg explain`: a readable trace of how one sentence goes through the extractor.
export function explainSentence(sentence: string): string {
  return `sentence: ${sentence}\n(explain lands with the extraction pipeline)\n`;
}
