import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.ts';

/** Encrypts small secrets at rest (AES-256-GCM): a row copied to another key, or edited, fails to open. */
export type SecretBox = {
  /** `v1.<iv>.<tag>.<ciphertext>` (base64url); `bind` (the row's key) is authenticated, not stored. */
  seal(plaintext: string, bind: string): string;
  /** Throws when the key is wrong, the text was changed, or it was sealed for another `bind`. */
  open(sealed: string, bind: string): string;
};

const version = 'v1';

export class SecretBoxError extends AppError<'secret-unreadable'> {
  constructor(cause?: unknown) {
    super('secret-unreadable', 'Stored secret cannot be decrypted with this key', { cause });
  }
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
  return {
    seal(plaintext, bind) {
      // A fresh 96-bit nonce per message: GCM's limit of 2^32 messages per key is far away.
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(bind, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [version, ...parts].join('.');
    },
    open(sealed, bind) {
      const [v, iv, tag, body] = sealed.split('.');
      if (v !== version || !iv || !tag || body === undefined) throw new SecretBoxError();
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(bind, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch (error) {
        throw new SecretBoxError(error);
      }
    },
  };
}

/**
 * Development only: a key derived from the app's client secret, so tokens are never stored in the
 * clear even before an admin sets INSTALLATION_ENCRYPTION_KEY (production refuses to start without it).
 */
export function deriveDevelopmentKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'slack-installations', 'development-key', 32));
}
