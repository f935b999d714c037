export type KnowledgeBaseErrorCode =
  | 'content-unreadable'
  | 'catalogue-invalid'
  | 'article-missing'
  | 'entry-missing'
  | 'schema-invalid';

/** The knowledge base cannot be built from the content as it stands; the message names the id or file. */
export class KnowledgeBaseError extends Error {
  readonly code: KnowledgeBaseErrorCode;

  constructor(code: KnowledgeBaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KnowledgeBaseError';
    this.code = code;
  }
}
