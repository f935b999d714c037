import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';

const matcher = createMatcher(loadKnowledgeBase());

describe('the context of a question decides its confidence', () => {
  test.each([
    // another MDM product
    ['SimpleMDM shows Device Cap Reached for this user'],
    ['MicroMDM: Profile Installation Failed on the iPhone'],
    // another OS
    ['Profile installation failed on the iMac'],
    // an app's own code
    ['TestFlight build logs XPC_TYPE_ERROR Connection invalid on launch'],
    ['vår egenutvecklade app loggar XPC_TYPE_ERROR Connection invalid'],
    // app protection and Entra sign-in errors
    ['AADSTS700016 when the user signs in to the Company Portal'],
    ['Word på iPad: organisationens krav på dataåtkomst kontrolleras hela tiden'],
    // other products' device limits
    ['Kindle app: device limit reached for this account'],
    // how to configure, in four languages
    ['How do I configure Apple Business Manager so that new iPads enroll?'],
    ['Hur konfigurerar man gränsen för antal enheter?'],
    ['Comment configurer la limite d’inscription des appareils ?'],
    ['如何配置设备注册限制？'],
  ])('"%s" is not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test('an unmistakable error message still wins over a how-to phrasing around it', () => {
    const r = matcher.match('Device Cap Reached — how do I configure a higher limit?');
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toMatch(/device-cap-reached$/);
  });

  test('naming Intune, the Company Portal or ADE lets a description in the user’s words be answered', () => {
    const plain = 'new tablets from the reseller skip remote management and never enroll';
    const anchored = 'new ADE tablets skip remote management and never enroll';
    expect(matcher.match(anchored).confident).toBe(true);
    expect(matcher.match(anchored).hits[0].id).toBe('ios/ade-enrollment-doesnt-start');
    expect(matcher.match(plain).confident).toBe(false);
  });

  test('a phone is not a Windows PC: phone words keep the PC client rows back', () => {
    const r = matcher.match('the phone says it is already registered and the user cannot add another one');
    expect(r.hits[0]?.id ?? '').not.toMatch(/^general\/(error-code|the-machine)/);
  });
});
