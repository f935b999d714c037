import { adeLogin, adeStart, type Case, c, deviceCap, pifAndroid, xpc } from './held-out-labels.ts';

/**
 * A fourth check set in the four languages, written after the readings of who speaks in Chinese and
 * French, moves off Intune, names in each language, two networks and all-is-well lines, committed before it
 * was scored once: near misses (`near-miss`), posts in scope (answered with their entry) and lines saying
 * all is well (`out-of-scope`: no problem to answer).
 */
export const fourthCheckCases: Case[] = [
  c('near-miss', 'Corvaly 告诉我们 Device Cap Reached，新的收银平板加不上', [], null, 'zh-CN'),
  c('near-miss', 'Brennix 报告 "Profile Installation Failed"，打印机面板一直装不上', [], null, 'zh-CN'),
  c(
    'near-miss',
    "L'outil de chez Marvolo nous renvoie « Device Cap Reached » à chaque nouveau lecteur",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Efter att vi flyttade bort från Intune till Mosyle får iPadsen "Profile Installation Failed"',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'We switched off Intune onto Kandji in March and now a few iPhones say "User License Type Invalid"',
    [],
    'ios',
  ),
  c('near-miss', '我们已经从 Intune 换到 Kandji 了，现在 iPad 显示 Device Cap Reached', [], 'ios', 'zh-CN'),
  c(
    'symptom',
    'iPads i Apple School Manager med automatisk enhetsregistrering startar aldrig registreringen, de hamnar direkt på startskärmen',
    adeStart,
    null,
    'sv',
  ),
  c(
    'symptom',
    "Avec l'inscription automatisée des appareils, les iPhone restent sur la page de connexion après la validation MFA",
    adeLogin,
    null,
    'fr',
  ),
  c(
    'symptom',
    'Our DEP iPhones get stuck on the school network but finish enrollment fine on the staff network',
    xpc,
  ),
  c('symptom', 'DEP 的 iPhone 在学校网络上注册失败，换到员工网络就可以', xpc, null, 'zh-CN'),
  c(
    'paraphrase',
    'Användaren har redan nått enhetsgränsen i Företagsportalen och kan inte lägga till sin iPad',
    deviceCap,
    null,
    'sv',
  ),
  c('paraphrase', 'Samsung tablets get Profile Installation Failed during Company Portal enrollment', [
    pifAndroid,
  ]),
  c('out-of-scope', 'yep all the iPads are showing up in Intune now, thanks a lot', []),
  c('out-of-scope', 'Nu är alla telefoner kompatibla, tack för tipset', [], null, 'sv'),
  c('out-of-scope', 'Nickel, tout est conforme maintenant, merci beaucoup', [], null, 'fr'),
  c('out-of-scope', '现在都注册上了，感谢', [], null, 'zh-CN'),
];
