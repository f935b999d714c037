import type { Locale, Platform } from '../../../../src/core/knowledge/entry.ts';

/**
 * The shape of the project's held-out queries and the entry ids they name most often.
 * Queries written for this project (not taken from the development set) in every category of the
 * evaluation: what an admin types, pastes or photographs, with every entry that is a right answer.
 */
export type Case = {
  text: string;
  locale: Locale | null;
  platform: Platform | null;
  expect: string[];
  category: Category;
};

export type Category =
  | 'exact'
  | 'partial'
  | 'paraphrase'
  | 'typo'
  | 'log'
  | 'code'
  | 'crosslingual'
  | 'symptom'
  | 'near-miss'
  | 'out-of-scope';

export const cptu = [
  'ios/company-portal-temporarily-unavailable-the-company-portal-app-encountered-a-problem-if-the-problem-persists-contact-your-system-administrator',
  'general/company-portal-temporarily-unavailable',
];
export const deviceCap = ['ios/device-cap-reached', 'general/device-cap-reached'];
export const noPolicy = ['ios/this-service-is-not-supported-no-enrollment-policy', 'ios/noenrollmentpolicy'];
export const userName =
  'ios/user-name-not-recognized-this-user-account-is-not-authorized-to-use-microsoft-intune-contact-your-system-administrator-if-you-think-you-have-received-this-message-in-error';
export const pifNetwork = 'ios/profile-installation-failed-a-network-error-has-occurred';
export const pifServer = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
export const pifPayload =
  'ios/profile-installation-failed-the-new-mdm-payload-does-not-match-the-old-payload';
export const pifAndroid = 'general/profile-installation-failed';
export const pifIos = 'general/profile-installation-failed-1';
export const proxy = ['general/error-code-0x80240438', 'general/error-code-0x80240438-1'];
export const alreadyEnrolled = [
  'general/the-machine-is-already-enrolled---error-hr-0x8007064c',
  'general/error-code-0x80043009',
];
export const samsung =
  'general/devices-fail-to-check-in-with-the-intune-service-and-display-as-unhealthy-in-the-intune-admin-console';
export const domains = 'general/unable-to-log-in-or-enroll-devices-when-you-have-multiple-verified-domains';
export const specialChars =
  'general/unable-to-create-policy-or-enroll-devices-if-the-company-name-contains-special-characters';
export const hybridConsole =
  'general/enrolled-ios-device-doesnt-appear-in-console-when-using-system-center-configuration-manager-with-intune';

export const c = (
  category: Category,
  text: string,
  expect: string[],
  platform: Platform | null = null,
  locale: Locale | null = 'en',
): Case => ({ text, locale, platform, expect, category });

/** Every entry whose documented cause is the Apple push (APNs) certificate. */
export const apns = [...noPolicy, 'ios/accountnotonboarded'];
/** Every iOS entry whose documented cause is a missing or invalid Intune license. */
export const iosLicense = ['ios/user-license-type-invalid', userName, pifServer, pifIos];
/** A management profile from an earlier MDM still on an iOS device. */
export const iosOldProfile = [pifPayload, pifServer, pifIos];

export const adeStart = ['ios/ade-enrollment-doesnt-start'];
export const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
export const xpc = ['ios/xpc_type_error-connection-invalid'];
/** An out-of-date or damaged Company Portal on iOS: both of its documented errors, and the general card. */
export const oldPortal = [...cptu, 'ios/workplace-join-failed'];
/** On iOS a user over the device limit can see the Company Portal error; both cards say so. */
export const capOnIos = [...deviceCap, ...cptu];
export const generalCap = ['general/device-cap-reached'];
export const generalPortal = ['general/company-portal-temporarily-unavailable'];
export const androidCert = ['general/android-certificate-issues'];
export const authority = ['general/mdm-authority-not-defined'];
export const disappear = ['general/mobile-devices-disappear'];
export const clock = ['general/error-code-0x80cf0437'];
export const restart = ['general/error-code-0x8024d015'];
export const prerequisites = ['general/error-code-0x80070032'];
export const seats = ['general/error-code-0x80043006'];
export const outdatedPackage = ['general/error-code-0x80043001'];
export const maintenance = ['general/error-code-0x80043002'];
export const retired = ['general/error-code-0x80043005'];
export const certFile = ['general/error-code-0x80043007'];
export const updatesService = ['general/error-code-0x80043008'];
export const oldWindows = ['general/error-code-0x8004300b'];
export const vbscript = ['general/error-code-0xab2'];
/** A lapsed subscription: the suspended-account and the deleted-account codes both describe it. */
export const lapsed = ['general/error-code-0x80cf0440', 'general/error-code-0x80043003'];
