import {
  adeLogin,
  adeStart,
  type Case,
  c,
  capOnIos,
  deviceCap,
  iosOldProfile,
  pifAndroid,
  pifIos,
  pifNetwork,
  xpc,
} from './held-out-labels.ts';

/**
 * A third check set in the four languages, written before the readings it checks and scored before they
 * were made: a product named as the one that speaks (Chinese "X 报错", French "de chez X", "passés chez X"),
 * moves away from Intune to another product (`near-miss`); ADE, Apple Business Manager, the Company Portal
 * and the device limit in each language's own words, an ADE device that fails on one network only, a long
 * ADE post with MFA, and an error described on a named platform (answered with their entry); chat lines that
 * say all is well now (`out-of-scope`: no problem to answer).
 */
export const thirdCheckNearMisses: Case[] = [
  c('near-miss', 'Velotrak 报错 "Device Cap Reached"，新的手持终端加不进去', [], null, 'zh-CN'),
  c('near-miss', 'Kordani 弹出 Profile Installation Failed，平板装不上', [], null, 'zh-CN'),
  c('near-miss', 'Orvia 提醒我们 Device Cap Reached，账户里的设备太多了', [], null, 'zh-CN'),
  c(
    'near-miss',
    'Le support de chez Dorvane nous répond « Device Cap Reached » pour chaque nouvelle tablette',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Sur la console de chez Pelvio, les iPad remontent « Profile Installation Failed »',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    "Depuis qu'on est passés chez Kandji, les iPad affichent « Profile Installation Failed »",
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'On a quitté Intune pour Mosyle et maintenant les iPad affichent « Profile Installation Failed »',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    "Nous avons migré d'Intune vers Kandji, depuis les iPhone affichent « Device Cap Reached »",
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'Vi har gått över från Intune till Jamf, nu får iPadsen "Profile Installation Failed" vid registrering',
    [],
    'ios',
    'sv',
  ),
  c('near-miss', 'Sedan vi lämnade Intune för Mosyle visar iPhonarna "Device Cap Reached"', [], 'ios', 'sv'),
  c(
    'near-miss',
    'We moved off Intune to Kandji over the summer; now the iPads throw "Profile Installation Failed"',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'After migrating away from Intune to Jamf Pro, some iPhones say Device Cap Reached',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Since we transitioned off Intune, a few iPads show "User License Type Invalid" when they re-enroll',
    [],
    'ios',
  ),
  c('near-miss', '我们从 Intune 迁到 Jamf 以后，iPad 提示 Profile Installation Failed', [], 'ios', 'zh-CN'),
];

export const thirdCheckInScope: Case[] = [
  c(
    'symptom',
    'Nya iPads från Apple Business Manager hoppar över automatisk enhetsregistrering och går direkt till hemskärmen',
    adeStart,
    null,
    'sv',
  ),
  c(
    'symptom',
    'iPhones med automatisk enhetsregistrering fastnar på inloggningen när MFA är påslaget',
    adeLogin,
    null,
    'sv',
  ),
  c(
    'symptom',
    "Nos iPad en inscription automatisée des appareils restent bloqués à l'écran de connexion, l'authentification multifacteur est activée",
    adeLogin,
    null,
    'fr',
  ),
  c('symptom', '自动设备注册的 iPad 开机后没有进入注册流程，直接到了主屏幕', adeStart, null, 'zh-CN'),
  c(
    'paraphrase',
    'Användarna får "Device Cap Reached" i Företagsportal-appen, enhetsgränsen är fem',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'paraphrase',
    "Nombre maximal d'appareils atteint dans le Portail d'entreprise sur un nouvel iPhone",
    capOnIos,
    null,
    'fr',
  ),
  c('paraphrase', '用户在公司门户里加第六台手机时提示已达到设备上限', deviceCap, null, 'zh-CN'),
  c(
    'symptom',
    'Our DEP iPads only fail on the guest Wi-Fi; on the corporate network setup goes through fine',
    xpc,
  ),
  c(
    'symptom',
    'ADE-iPhones kommer inte åt Apples servrar på skolans nät, hemma fungerar det',
    xpc,
    null,
    'sv',
  ),
  c(
    'symptom',
    "Nos iPhone ADE n'arrivent pas à joindre les serveurs d'Apple au bureau, en 4G ça passe",
    xpc,
    null,
    'fr',
  ),
  c('symptom', 'ADE 的 iPad 在公司网络连不上苹果服务器，换个网络就好了', xpc, null, 'zh-CN'),
  c(
    'symptom',
    "Hi all, we've got about 40 new iPads assigned in Apple Business Manager to our Intune ADE profile with user affinity. They go through Remote Management fine, then the Microsoft sign-in page appears, and after the user types the password and approves the MFA prompt on their phone it just spins and comes back to the sign-in page. iPads for users without MFA are fine. Any ideas?",
    adeLogin,
  ),
  c('paraphrase', 'iPhone users see "Profile Installation Failed" when they enroll in the Company Portal', [
    pifIos,
    pifNetwork,
    ...iosOldProfile,
  ]),
  c(
    'paraphrase',
    'På våra iPads står det "Company Portal Temporarily Unavailable" när de öppnar appen',
    [
      'ios/company-portal-temporarily-unavailable-the-company-portal-app-encountered-a-problem-if-the-problem-persists-contact-your-system-administrator',
      'general/company-portal-temporarily-unavailable',
    ],
    null,
    'sv',
  ),
  c(
    'paraphrase',
    "Sur l'iPhone d'un utilisateur, le Portail d'entreprise dit que le nombre maximal d'appareils est atteint",
    capOnIos,
    null,
    'fr',
  ),
  c('paraphrase', 'iPad 上安装描述文件时提示网络错误', [pifNetwork], null, 'zh-CN'),
  c('paraphrase', 'Android tablets show Profile Installation Failed when enrolling', [pifAndroid]),
];

export const thirdCheckAllWell: Case[] = [
  c('out-of-scope', 'ok that sorted it, all iPads checked in now, cheers', []),
  c('out-of-scope', 'perfect, enrollment went through on the second try 👍 thanks!', []),
  c('out-of-scope', 'thanks, all compliant now', []),
  c('out-of-scope', 'Toppen, nu syns alla telefoner i Intune. Tack för hjälpen!', [], null, 'sv'),
  c('out-of-scope', 'Funkade! tack', [], null, 'sv'),
  c('out-of-scope', 'Parfait, les iPad apparaissent bien dans Intune maintenant, merci !', [], null, 'fr'),
  c('out-of-scope', "Super, c'est réglé de mon côté 🙏", [], null, 'fr'),
  c('out-of-scope', '搞定了，设备都显示合规了，多谢', [], null, 'zh-CN'),
  c('out-of-scope', '可以了 👍 感谢', [], null, 'zh-CN'),
];
