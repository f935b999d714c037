import { resolveHref } from '../../../../src/core/knowledge/links.ts';
import { generalSource, linkContext } from './fixtures.ts';

describe('link resolution', () => {
  it('resolves relative doc links against learn.microsoft.com in the article locale, without .md', () => {
    expect(resolveHref('ios-enroll.md', linkContext({ locale: 'sv' }))).toBe(
      'https://learn.microsoft.com/sv-se/mem/intune/enrollment/ios-enroll',
    );
    expect(
      resolveHref(
        'apple-mdm-push-certificate-get.md#renew-apple-mdm-push-certificate',
        linkContext({ locale: 'fr' }),
      ),
    ).toBe(
      'https://learn.microsoft.com/fr-fr/mem/intune/enrollment/apple-mdm-push-certificate-get#renew-apple-mdm-push-certificate',
    );
  });

  it('resolves root-relative links under the locale', () => {
    expect(
      resolveHref('/intune/deploy-use/prerequisites-for-enrollment.md', linkContext({ locale: 'zh-CN' })),
    ).toBe('https://learn.microsoft.com/zh-cn/intune/deploy-use/prerequisites-for-enrollment');
  });

  it('sends links to another compiled article to its live page in the locale', () => {
    expect(resolveHref('../troubleshoot-device-enrollment-in-intune.md', linkContext({ locale: 'fr' }))).toBe(
      'https://learn.microsoft.com/fr-fr/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune',
    );
  });

  it('turns a bare fragment into a deep link on the live page', () => {
    expect(resolveHref('#device-cap-reached', linkContext({ source: generalSource }))).toBe(
      'https://learn.microsoft.com/en-us/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune#device-cap-reached',
    );
  });

  it('keeps absolute links, mends a dropped "h" and fills the docs locale placeholder', () => {
    expect(resolveHref('https://support.apple.com/HT201263', linkContext())).toBe(
      'https://support.apple.com/HT201263',
    );
    expect(resolveHref('ttps://www.digicert.com/help/', linkContext())).toBe(
      'https://www.digicert.com/help/',
    );
    expect(
      resolveHref(
        'https://social.technet.microsoft.com/Forums/%7Blang-locale%7D/home',
        linkContext({ locale: 'sv' }),
      ),
    ).toBe('https://social.technet.microsoft.com/Forums/sv-se/home');
  });

  it('gives up on links that cannot be made into a web address', () => {
    expect(resolveHref('javascript:alert(1)', linkContext())).toBeUndefined();
    expect(resolveHref('   ', linkContext())).toBeUndefined();
  });
});
