import {
  alreadyEnrolled,
  apns,
  type Case,
  c,
  deviceCap,
  domains,
  hybridConsole,
  iosLicense,
  pifServer,
  samsung,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const xpc = ['ios/xpc_type_error-connection-invalid'];
const clock = ['general/error-code-0x80cf0437'];
const restart = ['general/error-code-0x8024d015'];
const prerequisites = ['general/error-code-0x80070032'];

/**
 * Fifteenth batch: symptoms in people's own words and near misses in the four languages, labelled from
 * the articles; written after the last change to the matcher and scored as written (nothing tuned on it).
 */
export const fifteenthBatch: Case[] = [
  // English symptoms
  c(
    'symptom',
    "Got a batch of iPads assigned in ABM, they activate and go right to the springboard, no 'remote management' prompt at all",
    adeStart,
    'ios',
  ),
  c(
    'symptom',
    'DEP setup: user types email + password, then the screen just hangs on the loading wheel. Our tenant enforces MFA everywhere.',
    adeLogin,
  ),
  c(
    'symptom',
    "ADE iPhones won't enroll while connected to our corporate network (SSL inspection on the firewall), on LTE they go through",
    xpc,
    'ios',
  ),
  c('symptom', 'our push cert for Apple expired 3 days ago, every iOS enrollment since then fails', apns),
  c(
    'symptom',
    'phone says something about a limit when my user tries to enroll her fourth work device',
    ['general/device-cap-reached'],
    'android',
  ),
  c('symptom', 'interns have no intune license so their iPhones bounce out of enrollment', iosLicense, 'ios'),
  c(
    'symptom',
    'our helpdesk has to tell people to type enrollment.manage.microsoft.com by hand when they enroll iPhones',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    "iPad previously used by someone who left still shows their name and won't enroll for the new person",
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'Samsung S-series devices keep going unhealthy in the portal, Smart Manager seems to be putting company portal to sleep',
    [samsung],
  ),
  c(
    'symptom',
    "enrolled iPhones don't appear in configmgr after we moved the APNs certificate to another account",
    [hybridConsole],
    'ios',
  ),
  c(
    'symptom',
    "Intune PC client won't install, some MSI custom action can't run vbscript",
    ['general/error-code-0xab2'],
    'windows',
  ),
  c(
    'symptom',
    "we hit the number of PCs our Intune account is licensed for and new ones won't enroll",
    ['general/error-code-0x80043006'],
    'windows',
  ),
  // English near misses
  c('near-miss', 'Workspace ONE: iPads from ABM skip enrollment', [], 'ios'),
  c('near-miss', 'can I limit how many devices each user enrolls?', []),
  c('near-miss', "Teams on Android says 'Your organization needs to protect its data'", [], 'android'),
  // Swedish symptoms
  c(
    'symptom',
    'De nya iPhonsen från Apple Business Manager hoppar över fjärrhanteringen helt och hamnar på hemskärmen',
    adeStart,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'ADE-iPads snurrar för evigt efter att användaren skrivit sitt lösenord, MFA är påslaget',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Våra ADE-telefoner registreras bara när de kopplas till gästnätet, på det interna nätet misslyckas det',
    xpc,
    null,
    'sv',
  ),
  c('symptom', 'APNs-certet har gått ut och nu funkar inga iOS-registreringar', apns, null, 'sv'),
  c(
    'symptom',
    'Min användare kan inte registrera fler enheter, hon har redan massor registrerade',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'symptom',
    'Användarna har ingen licens för Intune och deras iPads vägrar registreras',
    iosLicense,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Privata iPhones blockeras vid registrering, endast företagsägda tillåts hos oss',
    [pifServer],
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Samsung-tabletter visas som ej felfria i Intune och får inga appar',
    [samsung],
    'android',
    'sv',
  ),
  c(
    'symptom',
    'Klonade datorer vägrar registreras i Intune, originalet var redan registrerat',
    alreadyEnrolled,
    'windows',
    'sv',
  ),
  c('symptom', 'Intune-klienten installeras inte på datorer med fel tidszon', clock, 'windows', 'sv'),
  c('symptom', 'Klientinstallationen kräver omstart innan den kan fortsätta', restart, 'windows', 'sv'),
  // Swedish near misses
  c('near-miss', 'Kandji: iPads fastnar efter inloggning', [], 'ios', 'sv'),
  c('near-miss', 'hur blockerar jag privata telefoner från att registreras?', [], null, 'sv'),
  // French symptoms
  c(
    'symptom',
    "Les iPad reçus via ABM ne passent pas par l'écran de gestion à distance, ils arrivent directement sur l'accueil",
    adeStart,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "sur les iPhone DEP l'écran reste figé après l'authentification de l'utilisateur, on a la MFA obligatoire",
    adeLogin,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "l'enrôlement ADE échoue depuis le réseau interne mais fonctionne avec un partage de connexion",
    xpc,
    null,
    'fr',
  ),
  c('symptom', 'le certificat APNs est expiré, les inscriptions iOS échouent toutes', apns, null, 'fr'),
  c(
    'symptom',
    "l'utilisatrice ne peut plus inscrire de nouvel appareil, elle en a déjà beaucoup sur son compte",
    deviceCap,
    null,
    'fr',
  ),
  c(
    'symptom',
    "pas de licence Intune pour ces comptes, leurs iPhone ne s'inscrivent pas",
    iosLicense,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "les iPhone perso sont bloqués à l'inscription, on n'autorise que les appareils d'entreprise",
    [pifServer],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "les Galaxy n'envoient plus d'état à Intune au bout de quelques jours, le Portail d'entreprise semble mis en veille",
    [samsung],
    'android',
    'fr',
  ),
  c(
    'symptom',
    "les iPhone inscrits ne s'affichent pas dans la console Configuration Manager (mode hybride)",
    [hybridConsole],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "l'installation du client Intune échoue car un redémarrage est en attente",
    restart,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    'le client PC ne s’installe pas, il manque des mises à jour Windows sur le poste',
    prerequisites,
    'windows',
    'fr',
  ),
  // French near misses
  c('near-miss', 'Mac : le profil ne s’installe pas (macOS)', [], null, 'fr'),
  // Simplified Chinese symptoms
  c('symptom', 'ABM 里的新 iPhone 激活后没有远程管理页面，直接进了桌面', adeStart, 'ios', 'zh-CN'),
  c('symptom', 'ADE 的 iPad 输入密码后一直在转，我们开了多重身份验证', adeLogin, 'ios', 'zh-CN'),
  c('symptom', 'ADE 设备连内网注册失败，连手机热点就能注册', xpc, null, 'zh-CN'),
  c('symptom', 'APNs 证书到期了，所有 iOS 设备都注册失败', apns, null, 'zh-CN'),
  c('symptom', '用户注册的设备太多，没法再注册新手机了', deviceCap, null, 'zh-CN'),
  c('symptom', '这些用户没有 Intune 许可证，iPad 注册不了', iosLicense, 'ios', 'zh-CN'),
  c('symptom', '个人 iPhone 注册不了，我们只允许公司设备', [pifServer], 'ios', 'zh-CN'),
  c('symptom', '三星手机过几天就不和 Intune 同步了，控制台显示不正常', [samsung], 'android', 'zh-CN'),
  c('symptom', '克隆的电脑注册 Intune 失败，原来的电脑已经注册过', alreadyEnrolled, 'windows', 'zh-CN'),
  c('symptom', '电脑时区设置错误，Intune 客户端安装失败', clock, 'windows', 'zh-CN'),
  c('symptom', '用户名后缀是第二个域名的用户无法登录公司门户，我们用的是 ADFS', [domains], null, 'zh-CN'),
  // Simplified Chinese near misses
  c('near-miss', '我们自己开发的 App 推送证书过期了', [], null, 'zh-CN'),
  c('near-miss', 'Meraki 的设备数量达到上限', [], null, 'zh-CN'),
];
