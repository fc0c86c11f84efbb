import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      baseUrl: 'http://localhost:3000',
      logLevel: 'info',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000);
  });

  it('names the bad setting', () => {
    expect(errorOf({ PORT: 'abc' }).setting).toBe('PORT');
    expect(errorOf({ PORT: 'abc' }).message).toContain('"abc"');
    expect(errorOf({ PORT: '70000' }).setting).toBe('PORT');
    expect(errorOf({ DATABASE_URL: 'mysql://x' }).setting).toBe('DATABASE_URL');
    expect(errorOf({ BASE_URL: 'example.org' }).setting).toBe('BASE_URL');
    expect(errorOf({ LOG_LEVEL: 'loud' }).setting).toBe('LOG_LEVEL');
    expect(errorOf({ TRUST_PROXY: 'maybe' }).setting).toBe('TRUST_PROXY');
  });

  it('allows several app processes only on a PostgreSQL server', () => {
    expect(errorOf({ WORKERS: '2' }).setting).toBe('WORKERS');
    expect(errorOf({ WORKERS: '2' }).message).toContain('DATABASE_URL');
    expect(errorOf({ WORKERS: '0', DATABASE_URL: 'postgres://x@h/db' }).setting).toBe('WORKERS');
    expect(loadConfig({ WORKERS: '2', DATABASE_URL: 'postgres://x@h/db' }).workers).toBe(2);
    expect(loadConfig({}).workers).toBe(1);
  });

  it('drops a trailing slash from BASE_URL', () => {
    expect(loadConfig({ BASE_URL: 'https://kudos.example.fi/' }).baseUrl).toBe(
      'https://kudos.example.fi',
    );
  });
});
