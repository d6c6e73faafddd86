import type { Rag } from './types';

const WORDS: Record<Rag, string> = {
  green: 'Green – on track',
  amber: 'Amber – at risk',
  red: 'Red – off track',
  no_outturn: 'No outturn – year ended, nothing realised recorded',
};

/** RAG status in words as well as colour, so it never depends on colour alone. */
export function RagBadge({ rag }: { rag: Rag }) {
  return <span className={`rag rag-${rag}`}>{WORDS[rag] ?? rag}</span>;
}
