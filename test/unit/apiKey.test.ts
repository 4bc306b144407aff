import { isAuthorized } from '../../src/http/apiKey';

describe('the API key check', () => {
  it('accepts exactly "Bearer <key>"', () => {
    expect(isAuthorized('Bearer s3cret-key', 's3cret-key')).toBe(true);
  });

  it.each([
    ['a wrong key', 'Bearer s3cret-kez'],
    ['a prefix of the key', 'Bearer s3cret'],
    ['the key and more', 'Bearer s3cret-key2'],
    ['the key without the scheme', 's3cret-key'],
    ['no header', undefined],
    ['an empty header', ''],
  ])('refuses %s', (_, header) => {
    expect(isAuthorized(header, 's3cret-key')).toBe(false);
  });

  it('refuses everything when no key is configured', () => {
    expect(isAuthorized('Bearer ', '')).toBe(false);
    expect(isAuthorized('Bearer null', null)).toBe(false);
  });
});
