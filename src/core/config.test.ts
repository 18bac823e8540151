import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './data',
      databaseUrl: undefined,
      isProduction: false,
      loadDemoData: true,
      baseUrl: 'http://localhost:3000',
    });
  });

  it('refuses to start production without a secret, a base URL, or with demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET[\s\S]*BASE_URL[\s\S]*DEMO_DATA/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'https://vielfalt-ruhr.example' }),
    ).toThrow(/DEMO_DATA/);
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      BASE_URL: 'https://vielfalt-ruhr.example',
      DEMO_DATA: 'off',
    });
    expect(config.isProduction).toBe(true);
    expect(config.loadDemoData).toBe(false);
  });

  it('names every invalid value', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'not a url' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });

  it('keeps uploaded files in a bucket only when the bucket, its address and both keys are given', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(() => loadConfig({ S3_BUCKET: 'vielfalt-dateien' })).toThrow(
      /S3_ENDPOINT[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    const config = loadConfig({
      S3_BUCKET: 'vielfalt-dateien',
      S3_ENDPOINT: 'https://s3.beispiel.example',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.s3).toEqual({
      endpoint: 'https://s3.beispiel.example',
      bucket: 'vielfalt-dateien',
      region: 'eu-central-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
  });
});
