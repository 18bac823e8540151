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

  it('trusts no proxy unless told how many hops or which addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(40),
        BASE_URL: 'https://a.example',
        DEMO_DATA: 'off',
      }).trustProxy,
    ).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      'fd00::/8',
    ]);
    for (const wrong of ['true', 'proxy.example', '10.0.0.0/33', '300.1.1.1'])
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
  });
});

describe('demo data on a reachable address', () => {
  it('refuses to start with demo data when BASE_URL is not a loopback address, unless explicitly allowed', () => {
    for (const baseUrl of ['https://vielfalt-ruhr.example', 'http://192.0.2.10:3000', 'http://[2001:db8::1]:3000'])
      expect(() => loadConfig({ BASE_URL: baseUrl }), baseUrl).toThrow(/DEMO_DATA: is "auto"[\s\S]*loopback/);
    expect(loadConfig({ BASE_URL: 'https://vielfalt-ruhr.example', DEMO_DATA: 'off' }).loadDemoData).toBe(false);
    expect(
      loadConfig({ BASE_URL: 'https://demo.vielfalt-ruhr.example', DEMO_DATA_ON_PUBLIC_URL: 'allow' }).loadDemoData,
    ).toBe(true);
    expect(() => loadConfig({ BASE_URL: 'https://a.example', DEMO_DATA_ON_PUBLIC_URL: 'yes' })).toThrow(
      /DEMO_DATA_ON_PUBLIC_URL/,
    );
  });

  it('starts with demo data on this machine only: localhost, *.localhost and loopback addresses', () => {
    for (const baseUrl of [
      'http://localhost:3000',
      'http://vielfalt.localhost:3000',
      'http://127.0.0.1:3000',
      'http://127.8.0.1',
      'http://[::1]:3000',
    ])
      expect(loadConfig({ BASE_URL: baseUrl }).loadDemoData, baseUrl).toBe(true);
    expect(loadConfig({}).loadDemoData).toBe(true);
  });
});
