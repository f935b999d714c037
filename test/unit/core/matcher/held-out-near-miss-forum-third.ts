import {
  apns,
  type Case,
  c,
  cptu,
  deviceCap,
  pifPayload,
  pifServer,
  samsung,
  userName,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const license = ['ios/user-license-type-invalid', userName];
const payload = [pifPayload, 'general/profile-installation-failed-1'];
const server = [pifServer, 'general/profile-installation-failed-1'];

/**
 * A third batch of forum-style near misses and in-scope posts, written after the rules made against the
 * first two forum batches and scored as written, in the four languages.
 */
export const nearMissForumThirdBatch: Case[] = [
  // English near misses
  c(
    'near-miss',
    'SOTI MobiControl 15: iPads fail to enroll with "Profile Installation Failed" after we changed the deployment server certificate',
    [],
  ),
  c(
    'near-miss',
    'IBM MaaS360 portal: user gets device limit reached when enrolling a second iPhone, policy says max 3',
    [],
  ),
  c(
    'near-miss',
    'Citrix Endpoint Management: Secure Hub shows "Connection to the server could not be established" on iOS 17 since the NetScaler cert renewal',
    [],
  ),
  c(
    'near-miss',
    'Sophos Mobile: Android enrollment stops at "Profile installation failed", Sophos Intercept X app installed',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Jamf School: the student iPads never show remote management after erase even though they are assigned in ASM',
    [],
  ),
  c(
    'near-miss',
    'macOS Sequoia 15.1 MacBook Air: the enrollment profile install fails with "The new MDM payload does not match the old payload" in System Settings',
    [],
  ),
  c('near-miss', 'HoloLens 2 devices fail Autopilot self-deploying mode with 0x80180014, any ideas?', []),
  c(
    'near-miss',
    'Windows 365 Cloud PC provisioning failed: the Azure network connection check says the Intune enrollment restriction blocks it',
    [],
  ),
  c(
    'near-miss',
    'Meta Quest 3 headsets: can they be enrolled like Android phones? Company Portal installs but says device not supported',
    [],
  ),
  c(
    'near-miss',
    '.NET MAUI app crashes on iOS when registering for remote notifications, the device log shows XPC_TYPE_ERROR Connection invalid from apsd',
    [],
  ),
  c(
    'near-miss',
    'Unity game crash on iPad, crash report has XPC_TYPE_ERROR Connection invalid in thread 3',
    [],
  ),
  c(
    'near-miss',
    'Our APNs auth key (.p8) was revoked by mistake and now none of our app users get push notifications, how do we rotate it?',
    [],
  ),
  c(
    'near-miss',
    'AADSTS50097: Device authentication is required. Users see this in the Teams app on enrolled iPhones',
    [],
  ),
  c(
    'near-miss',
    "AADSTS530003: Your device is required to be managed to access this resource, but the user's iPhone is already in Company Portal",
    [],
  ),
  c(
    'near-miss',
    'app protection PIN prompt keeps appearing in Outlook every few minutes on Android, the PIN timeout is set to 30 min',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Duo Mobile says the user has reached the maximum number of devices, new phone cannot be added',
    [],
  ),
  c('near-miss', 'Dropbox Basic: you have reached the three device limit, unlink a device to continue', []),
  c(
    'near-miss',
    'Teams Rooms licence: the console says the maximum number of devices for this licence is reached',
    [],
  ),
  c(
    'near-miss',
    'Where do I upload the new ABM server token in the admin center, the old one expires next week?',
    [],
  ),
  c(
    'near-miss',
    'How long does an ADE sync with Apple usually take before new serials show up in Intune?',
    [],
  ),
  c(
    'near-miss',
    'Can devices be renamed automatically during enrollment with a naming template for iPads?',
    [],
  ),
  // Swedish near misses
  c(
    'near-miss',
    'SOTI MobiControl: iPads registreras inte, "Det gick inte att installera profilen" sedan vi bytte certifikat på servern',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'macOS Sequoia: profilen installeras inte, "Den nya MDM-nyttolasten matchar inte den gamla nyttolasten" i Systeminställningar på MacBook',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'HoloLens 2 misslyckas med Autopilot med 0x80180014', [], null, 'sv'),
  c(
    'near-miss',
    'Vår .NET MAUI-app kraschar på iOS, enhetsloggen visar XPC_TYPE_ERROR Connection invalid',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'AADSTS50097 i Teams-appen på registrerade iPhones: enhetsautentisering krävs',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'Duo Mobile säger att användaren har nått maxantalet enheter, den nya telefonen kan inte läggas till',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'Var laddar jag upp den nya ABM-token i administrationscentret?', [], null, 'sv'),
  // French near misses
  c(
    'near-miss',
    "SOTI MobiControl : les iPad ne s'inscrivent plus, « Échec de l'installation du profil » depuis le changement de certificat du serveur",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "macOS Sequoia : le profil ne s'installe pas, « La nouvelle charge utile MDM ne correspond pas à l'ancienne » dans Réglages Système du MacBook",
    [],
    null,
    'fr',
  ),
  c('near-miss', 'Les HoloLens 2 échouent en Autopilot avec 0x80180014', [], null, 'fr'),
  c(
    'near-miss',
    'Notre app .NET MAUI plante sur iOS, le journal montre XPC_TYPE_ERROR Connection invalid',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "AADSTS50097 dans Teams sur des iPhone inscrits : l'authentification de l'appareil est requise",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "Duo Mobile indique que l'utilisateur a atteint le nombre maximal d'appareils, impossible d'ajouter le nouveau téléphone",
    [],
    null,
    'fr',
  ),
  c('near-miss', "Où charger le nouveau jeton ABM dans le centre d'administration ?", [], null, 'fr'),
  // Simplified Chinese near misses
  c('near-miss', 'SOTI MobiControl：换了服务器证书后 iPad 注册提示“配置文件安装失败”', [], null, 'zh-CN'),
  c(
    'near-miss',
    'macOS Sequoia 的 MacBook 在系统设置里安装注册描述文件时提示“新的 MDM 有效负载与旧的负载不匹配”',
    [],
    null,
    'zh-CN',
  ),
  c('near-miss', 'HoloLens 2 用 Autopilot 自部署失败，错误 0x80180014', [], null, 'zh-CN'),
  c(
    'near-miss',
    '我们的 .NET MAUI 应用在 iOS 上崩溃，设备日志显示 XPC_TYPE_ERROR Connection invalid',
    [],
    null,
    'zh-CN',
  ),
  c('near-miss', '已注册的 iPhone 上 Teams 报 AADSTS50097，需要设备身份验证', [], null, 'zh-CN'),
  c('near-miss', 'Duo Mobile 提示用户设备数量已达上限，新手机加不进去', [], null, 'zh-CN'),
  c('near-miss', '新的 ABM 令牌在管理中心哪里上传？', [], null, 'zh-CN'),
  // In scope
  c(
    'log',
    "We came from SOTI. The iPads still carried the SOTI profile, and Company Portal now shows 'The new MDM payload does not match the old payload'",
    payload,
    'ios',
  ),
  c(
    'log',
    "HoloLens devices enroll fine, only our iPads fail: Company Portal says 'Company Portal Temporarily Unavailable'",
    cptu,
    'ios',
  ),
  c(
    'symptom',
    'We used Knox Manage before Intune. Now Samsung tablets go Unhealthy in the Intune console after a few days, Smart Manager seems to kill the Company Portal',
    [samsung],
    'android',
  ),
  c(
    'log',
    "Duo works on the phone, but Company Portal gives 'User License Type Invalid' when she enrolls the iPhone",
    license,
    'ios',
  ),
  c(
    'symptom',
    'Moving our school from Jamf School to Intune: iPads from ASM wiped and assigned to Intune skip remote management. We created the enrollment profile before the token upload.',
    adeStart,
    'ios',
  ),
  c(
    'code',
    'Our Cloud PCs are fine; iPhone enrollment in Intune fails with NoEnrollmentPolicy since the push certificate expired',
    apns,
    'ios',
  ),
  c(
    'log',
    "Devices previously in MaaS360: enrolling in Intune gives 'Profile Installation Failed. Connection to the server could not be established.'",
    server,
    'ios',
  ),
  c(
    'log',
    "Dropbox and Outlook are fine on her iPhone, but Company Portal says 'Device Cap Reached'",
    deviceCap,
    'ios',
  ),
  c(
    'log',
    "Vi kom från SOTI. iPads hade kvar SOTI-profilen och Företagsportalen visar 'Den nya MDM-nyttolasten matchar inte den gamla nyttolasten'",
    payload,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Vi flyttade från Jamf School till Intune. ADE-iPads fastnar efter lösenordet, vi kräver MFA för alla',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'log',
    "On vient de SOTI. Les iPad avaient encore le profil SOTI et le Portail d'entreprise affiche « La nouvelle charge utile MDM ne correspond pas à l'ancienne charge utile »",
    payload,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'On est passés de Jamf School à Intune. Les iPad ADE restent bloqués après le mot de passe, la MFA est exigée pour tous',
    adeLogin,
    'ios',
    'fr',
  ),
  c(
    'log',
    '我们以前用 SOTI，iPad 上还有 SOTI 的描述文件，公司门户提示“新的 MDM 有效负载与旧的负载不匹配”',
    payload,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '我们从 Jamf School 迁移到 Intune，ADE 的 iPad 输入密码后就卡住了，我们对所有人要求 MFA',
    adeLogin,
    'ios',
    'zh-CN',
  ),
];
