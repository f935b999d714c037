import type { Translator } from '../ports/translator.ts';
import { errorCodePattern } from './generic-complaint.ts';

/** Only a short message is cut into pieces: a paste is one problem's log, however many lines it has. */
const maxPieceText = 2000;
/** A message that names two errors in plain words is a sentence or two. */
const maxClauseText = 300;
const maxPieces = 6;

/** Quoted messages in a short message: each may be a problem of its own. */
const quotedPiece =
  /"([^"\n]{4,200})"|“([^”\n]{4,200})”|”([^”\n]{4,200})”|«([^»\n]{4,200})»|»([^«»\n]{4,200})[«»]|「([^」\n]{2,200})」|‘([^’\n]{4,200})’/gu;
const codePiece = new RegExp(errorCodePattern.source, 'gi');
/** Where a part of a message ends for sure: a line, a semicolon. */
const partEnd = /[;；\n]+/u;
/**
 * Where a sentence or a clause ends. Read only when nothing else cuts the message: a documented message
 * may be two sentences ("Profile Installation Failed. A Network Error Has Occurred.").
 */
const clauseEnd = /[。！？，、!?]+|[.,](?=\s|$)/u;
const hanScript = /\p{Script=Han}/u;
const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quoted spans of a short message, in order. */
export function quotedPieces(text: string): string[] {
  if (text.length > maxPieceText) return [];
  return [...text.matchAll(quotedPiece)].map((m) => (m.slice(1).find(Boolean) ?? '').trim()).filter(Boolean);
}

/**
 * The parts of a short message that may each name an error: its quoted messages and codes, or, when it
 * quotes fewer than two, its clauses: cut at a word that joins another problem ("… and also …", "… och
 * …", "… et aussi …", "…还有…": `intents:alsoJoins`, every language at once), a line or a semicolon, else
 * where a sentence or a clause ends.
 * Whether a part names a documented error is the matcher's to say.
 */
export function createProblemPieces(translator: Translator) {
  const joins = [...new Set(translator.allVariants('intents:alsoJoins').map((j) => j.trim().toLowerCase()))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const latin = joins.filter((j) => !hanScript.test(j)).map(literally);
  const han = joins.filter((j) => hanScript.test(j)).map(literally);
  const joinWord = new RegExp(
    [
      ...(latin.length > 0 ? [`(?<![\\p{L}\\p{N}'’])(?:${latin.join('|')})(?![\\p{L}\\p{N}'’])`] : []),
      ...han,
    ].join('|') || '(?!)',
    'giu',
  );

  const split = (parts: string[], at: RegExp): string[] =>
    parts
      .flatMap((part) => part.split(at))
      .map((c) => c.trim())
      .filter((c) => /[\p{L}\p{N}]/u.test(c));
  const clauses = (text: string): string[] => {
    const parts = split(split([text], partEnd), joinWord);
    return parts.length > 1 ? parts : split(parts, clauseEnd);
  };

  return (text: string): string[] => {
    if (text.length > maxPieceText) return [];
    const quoted = quotedPieces(text);
    const codes = [...text.matchAll(codePiece)].map((m) => m[0]);
    const named = [...new Set([...quoted, ...codes].map((p) => p.trim()).filter(Boolean))];
    if (named.length > 1 || text.length > maxClauseText) return named.slice(0, maxPieces);
    const parts = clauses(text);
    return parts.length > 1 ? parts.slice(0, maxPieces) : named;
  };
}
