import { apns, type Case, c, cptu, deviceCap, pifServer, samsung, userName } from './held-out-labels.ts';

const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const license = ['ios/user-license-type-invalid', userName];
const payload = [
  'ios/profile-installation-failed-the-new-mdm-payload-does-not-match-the-old-payload',
  'general/profile-installation-failed-1',
];
const server = [pifServer, 'general/profile-installation-failed-1'];

/**
 * A fifth batch of forum-style near misses and in-scope posts, written after the placement rules and
 * scored as written: vendors, operating systems, frameworks, services and question shapes that the scope
 * data did not list when it was written, in the four languages.
 */
export const nearMissForumFifthBatch: Case[] = [
  // English near misses: another vendor's system
  c(
    'near-miss',
    'Action1 agent on the shared iPads keeps reporting "Profile Installation Failed" after the latest patch cycle',
    [],
  ),
  c(
    'near-miss',
    'Moki kiosk tablets (Android 13) show Profile installation failed when we push the new kiosk profile',
    [],
    'android',
  ),
  c(
    'near-miss',
    'BlackBerry Dynamics: iPhone users get device cap reached when activating a third device',
    [],
  ),
  c(
    'near-miss',
    'Our Zebra TC58s are provisioned with StageNow and then fail to check in, they show unhealthy in the dashboard we built',
    [],
    'android',
  ),
  c(
    'near-miss',
    'We use Tactical RMM for the office PCs and the enrollment of the laptops fails with 0x80CF0437',
    [],
  ),
  c('near-miss', "SuperOps console shows the iPads as 'MDM payload mismatch' after we re-enrolled them", []),
  c(
    'near-miss',
    'Phones enrolled in Trend Micro Mobile Security say Company Portal Temporarily Unavailable when users open our portal link',
    [],
  ),
  // another operating system
  c(
    'near-miss',
    'Pixel 8 with GrapheneOS: Company Portal installs but enrollment stops with Profile installation failed',
    [],
    'android',
  ),
  c(
    'near-miss',
    'LineageOS phones from the lab: device cap reached when the tester enrolls the fifth one',
    [],
    'android',
  ),
  c('near-miss', 'Samsung watch on Tizen: can it enroll? Company Portal is not in the store for it', []),
  c('near-miss', 'Chromebox kiosks in the lobby refuse the enrollment token, says device limit reached', []),
  c(
    'near-miss',
    'Sailfish OS phone from a Finnish contractor: Profile installation failed when opening the enrollment link',
    [],
  ),
  // app development
  c(
    'near-miss',
    'Crashlytics shows XPC_TYPE_ERROR Connection invalid in 3 % of sessions of the field app since iOS 18',
    [],
  ),
  c(
    'near-miss',
    'Sentry event from the Qt app on iPad: XPC_TYPE_ERROR Connection invalid, breadcrumb says push registration',
    [],
  ),
  c(
    'near-miss',
    'application:didRegisterForRemoteNotificationsWithDeviceToken: never fires on the test iPhone, the log says AccountNotOnboarded',
    [],
  ),
  // sign-in
  c(
    'near-miss',
    'Teams on Android says error CAA20003 right after the Company Portal enrollment',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Error 135011: your organization has disabled this device. Shown on the iPad in Word after enrollment',
    [],
  ),
  c(
    'near-miss',
    'WAM broker keeps prompting on the enrolled iPhone, no PRT is issued according to the sign-in logs',
    [],
  ),
  // other services' device limits
  c('near-miss', 'Microsoft 365 Family: you are signed in on the maximum of 5 devices, on the new iPad', []),
  c('near-miss', 'Norton 360 says the device limit of the subscription is reached on the work phone', []),
  c('near-miss', 'Grammarly Business on the iPad: maximum number of devices reached for this seat', []),
  c('near-miss', 'Kaspersky licence: you have reached the device cap for this key', []),
  // how-to shapes
  c('near-miss', 'Has anyone set up shared iPad with ADE and Intune, is it worth it?', []),
  c('near-miss', 'What would you recommend as device limit for teachers with several iPads?', []),
  c('near-miss', 'Are there any downsides to renewing the APNs certificate a month early?', []),
  c(
    'near-miss',
    'Can somebody explain the difference between user affinity and no user affinity for ADE iPads?',
    [],
  ),
  // Swedish near misses
  c(
    'near-miss',
    'Action1-agenten på de delade iPads visar "Det gick inte att installera profilen" efter senaste patchen',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'GrapheneOS på Pixel: Företagsportalen installeras men registreringen stoppar med "Det gick inte att installera profilen"',
    [],
    'android',
    'sv',
  ),
  c(
    'near-miss',
    'Crashlytics visar XPC_TYPE_ERROR Connection invalid i fältappen sedan iOS 18',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'Hur brukar ni sätta gränsen för antal enheter för lärare med flera iPads?', [], null, 'sv'),
  // French near misses
  c(
    'near-miss',
    "Agent Action1 sur les iPad partagés : « Échec de l'installation du profil » après le dernier cycle de correctifs",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "GrapheneOS sur Pixel : le Portail d'entreprise s'installe mais l'inscription s'arrête avec « Échec de l'installation du profil »",
    [],
    'android',
    'fr',
  ),
  c(
    'near-miss',
    'Crashlytics montre XPC_TYPE_ERROR Connection invalid dans l’app terrain depuis iOS 18',
    [],
    null,
    'fr',
  ),
  c('near-miss', 'Vaut-il mieux renouveler le certificat APNs un mois en avance ?', [], null, 'fr'),
  // Simplified Chinese near misses
  c('near-miss', 'Action1 代理在共享 iPad 上一直报“配置文件安装失败”', [], null, 'zh-CN'),
  c('near-miss', 'Pixel 刷了 GrapheneOS，公司门户能装但注册时提示配置文件安装失败', [], 'android', 'zh-CN'),
  c(
    'near-miss',
    'Crashlytics 里看到外勤 App 从 iOS 18 开始有 XPC_TYPE_ERROR Connection invalid',
    [],
    null,
    'zh-CN',
  ),
  c('near-miss', '大家一般给有多台 iPad 的老师设置多少设备上限？', [], null, 'zh-CN'),
  // In scope: other products named beside Intune or as background
  c(
    'log',
    "We use Action1 for patching and Intune for MDM. New iPhones get 'User License Type Invalid' in Company Portal",
    license,
    'ios',
  ),
  c(
    'log',
    'Devices were in BlackBerry Dynamics before; now Intune enrollment says the new MDM payload does not match the old payload',
    payload,
    'ios',
  ),
  c(
    'log',
    "Crashlytics and Sentry are fine on her iPhone, but Company Portal says 'Device Cap Reached'",
    deviceCap,
    'ios',
  ),
  c(
    'code',
    'Tactical RMM handles the servers, Intune the phones; every iPhone enrollment gives NoEnrollmentPolicy since Monday',
    apns,
    'ios',
  ),
  c(
    'symptom',
    'Samsung tablets enrolled in Intune go Unhealthy after a few days, the Knox Suite trial was removed already',
    [samsung],
    'android',
  ),
  c(
    'log',
    "Zscaler off, Netskope on: iPhones enrolling in Intune get 'Profile Installation Failed. Connection to the server could not be established.'",
    server,
    'ios',
  ),
  c(
    'symptom',
    'Vi använder Action1 för patchar; ADE-iPads i Intune fastnar efter lösenordet eftersom vi kräver MFA',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'log',
    "On utilise Action1 pour les correctifs et Intune pour la gestion ; le Portail d'entreprise affiche « Le Portail d'entreprise est temporairement indisponible »",
    cptu,
    'ios',
    'fr',
  ),
  c(
    'log',
    '我们用 Action1 打补丁，Intune 管手机；新 iPhone 在公司门户里提示“用户许可证类型无效”',
    license,
    'ios',
    'zh-CN',
  ),
];
