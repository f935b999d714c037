import { AppError } from '../errors.ts';
export type KnowledgeBaseErrorCode =
  | 'content-unreadable'
  | 'catalogue-invalid'
  | 'article-missing'
  | 'entry-missing'
  | 'schema-invalid';

/** The knowledge base cannot be built from the content as it stands; the message names the id or file. */
export class KnowledgeBaseError extends AppError<KnowledgeBaseErrorCode> {}
