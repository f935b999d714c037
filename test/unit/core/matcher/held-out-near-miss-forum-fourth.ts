import {
  apns,
  type Case,
  c,
  deviceCap,
  pifNetwork,
  pifServer,
  samsung,
  userName,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const license = ['ios/user-license-type-invalid', userName];
const payload = [
  'ios/profile-installation-failed-the-new-mdm-payload-does-not-match-the-old-payload',
  'general/profile-installation-failed-1',
];
const network = [pifNetwork, 'general/profile-installation-failed-1'];
const server = [pifServer, 'general/profile-installation-failed-1'];

/**
 * A fourth batch of forum-style near misses and in-scope posts, written before the structural scope rules
 * and scored as written: on purpose it names vendors, operating systems, frameworks and other products'
 * limits that the scope data did not list then, as fresh posts do, in the four languages.
 */
export const nearMissForumFourthBatch: Case[] = [
  // English near misses: another vendor's MDM
  c(
    'near-miss',
    "Omnissa UEM console: iPhones fail with 'Profile Installation Failed' since we renewed the APNs cert, any ideas?",
    [],
  ),
  c(
    'near-miss',
    'NinjaOne MDM - iPads from ABM show "Profile Installation Failed. Connection to the server could not be established." since the server token was replaced',
    [],
  ),
  c(
    'near-miss',
    'Esper-managed Android tablets: QR provisioning stops at "Profile installation failed" on the Lenovo M10',
    [],
    'android',
  ),
  c(
    'near-miss',
    'We use Headwind for our Zebra scanners and they show unhealthy after a few days, stop checking in',
    [],
    'android',
  ),
  c(
    'near-miss',
    'baramundi Management Suite 2024: iOS enrollment returns NoEnrollmentPolicy for every new device',
    [],
  ),
  c('near-miss', 'Matrix42 Silverback: user gets Device Cap Reached when enrolling her fourth iPhone', []),
  c(
    'near-miss',
    'Rippling MDM: new iPhones stuck at Remote Management after typing credentials, MFA is required for everyone',
    [],
  ),
  c(
    'near-miss',
    'TinyMDM tells us the device limit of our plan is reached when we add another Android phone',
    [],
    'android',
  ),
  c(
    'near-miss',
    "Devices enrolled in Applivery through ABM show 'Profile installation failed. A network error has occurred.'",
    [],
  ),
  c(
    'near-miss',
    'ManageXR: Pico 4 headsets fail to enroll, the agent says the device could not be registered',
    [],
  ),
  // another operating system
  c(
    'near-miss',
    "On our Sonoma 14.6 workstations the MDM profile won't install: 'The new MDM payload does not match the old payload'",
    [],
  ),
  c(
    'near-miss',
    'Apple Vision Pro: Company Portal says this device is not supported when the user tries to enroll',
    [],
  ),
  c(
    'near-miss',
    'Huawei MatePad on HarmonyOS 4: Company Portal installs from the APK but enrollment ends with Profile installation failed',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Amazon Fire HD 10 tablets for the warehouse: sideloaded Company Portal says Company Portal Temporarily Unavailable',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Fedora 40 laptops with the Intune app: enrollment fails with device cap reached although the user has two devices',
    [],
  ),
  // app development
  c(
    'near-miss',
    "SwiftUI app: didFailToRegisterForRemoteNotificationsWithError says no valid 'aps-environment' entitlement string found",
    [],
  ),
  c(
    'near-miss',
    'Capacitor app on iPhone 15: the console shows XPC_TYPE_ERROR Connection invalid right after launch, then the app is killed',
    [],
  ),
  c(
    'near-miss',
    'Symbolicated crash from the Cordova app: XPC_TYPE_ERROR Connection invalid on a background thread',
    [],
  ),
  c(
    'near-miss',
    'fastlane match renewed the push cert but the new build still cannot register for APNs, AccountNotOnboarded?',
    [],
  ),
  // app protection and sign-in
  c(
    'near-miss',
    'Okta Verify on iPhone loops on "Your organization requires device management" after the user enrolled',
    [],
  ),
  c(
    'near-miss',
    "Edge on iOS keeps saying 'Restart the app to apply your organization's policies' every morning",
    [],
  ),
  c(
    'near-miss',
    'MSAL error "broker required" in Word for iOS although Authenticator is installed and the device is enrolled',
    [],
  ),
  c('near-miss', 'Error 53003 on the iPad when opening Teams, the device shows compliant in the portal', []),
  // other products' device limits
  c(
    'near-miss',
    "Evernote Free: you've reached the limit of 2 devices, shows up on a user's corporate iPhone",
    [],
  ),
  c('near-miss', 'Tailscale says device limit reached on our plan when adding the company iPad', []),
  c('near-miss', 'NordVPN: maximum of 10 devices reached, the new work phone cannot connect', []),
  c('near-miss', 'Apple Music: "You have reached the device limit" on the shared iPad in the lounge', []),
  c(
    'near-miss',
    'AutoCAD sign-in: you have reached the maximum number of devices for this account on the new laptop',
    [],
  ),
  // how-to and configuration questions
  c('near-miss', 'Any way to skip the Apple ID screen in Setup Assistant for ADE iPads?', []),
  c(
    'near-miss',
    'Would it be possible to let personal Android phones enroll but keep personal iPhones out?',
    [],
  ),
  c('near-miss', 'Do we need a separate APNs certificate for each Intune tenant?', []),
  c('near-miss', "What's the recommended device limit per user for shared iPads?", []),
  c(
    'near-miss',
    'Looking for guidance on moving our APNs certificate to a shared mailbox Apple ID before it expires',
    [],
  ),
  c('near-miss', 'Should the enrollment profile be assigned before or after the first sync with ABM?', []),
  // bare names
  c('out-of-scope', 'Okta Verify app', []),
  c('out-of-scope', 'Edge browser on the iPad', []),
  // Swedish near misses
  c(
    'near-miss',
    'Omnissa UEM: iPhones får "Det gick inte att installera profilen" efter att vi förnyade APNs-certifikatet i konsolen',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'NinjaOne MDM: iPads visar "Enhetstaket har nåtts" för en användare', [], null, 'sv'),
  c(
    'near-miss',
    'Sonoma-datorerna: MDM-profilen installeras inte, "Den nya MDM-nyttolasten matchar inte den gamla nyttolasten"',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'Capacitor-appen kraschar på iPhone, stackspåret visar XPC_TYPE_ERROR Connection invalid',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'Evernote säger att gränsen på två enheter är nådd på jobbtelefonen', [], null, 'sv'),
  c(
    'near-miss',
    'Finns det något sätt att hoppa över Apple ID-steget i inställningsassistenten för ADE-iPads?',
    [],
    null,
    'sv',
  ),
  c('near-miss', 'Behöver vi ett separat APNs-certifikat för varje klientorganisation?', [], null, 'sv'),
  c(
    'near-miss',
    'Esper-hanterade Android-plattor fastnar på "Det gick inte att installera profilen"',
    [],
    'android',
    'sv',
  ),
  // French near misses
  c(
    'near-miss',
    "Omnissa UEM : les iPhone affichent « Échec de l'installation du profil » depuis le renouvellement du certificat APNs dans la console",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "NinjaOne MDM : « Nombre maximal d'appareils atteint » pour un utilisateur sur iPad",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "Sur nos postes Sonoma, le profil MDM ne s'installe pas : « La nouvelle charge utile MDM ne correspond pas à l'ancienne »",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "L'app Capacitor de l'équipe plante sur iPhone, la pile d'appels montre XPC_TYPE_ERROR Connection invalid",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Evernote indique que la limite de deux appareils est atteinte sur le téléphone pro',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "Y a-t-il un moyen de sauter l'écran identifiant Apple de l'Assistant réglages pour les iPad ADE ?",
    [],
    null,
    'fr',
  ),
  c('near-miss', 'Faut-il un certificat APNs distinct pour chaque locataire ?', [], null, 'fr'),
  c(
    'near-miss',
    "Tablettes Android gérées par Esper : blocage sur « Échec de l'installation du profil »",
    [],
    'android',
    'fr',
  ),
  // Simplified Chinese near misses
  c('near-miss', 'Omnissa UEM：续订 APNs 证书后 iPhone 注册提示“配置文件安装失败”', [], null, 'zh-CN'),
  c('near-miss', 'NinjaOne MDM：用户注册 iPad 时提示“已达到设备上限”', [], null, 'zh-CN'),
  c(
    'near-miss',
    'Sonoma 电脑上 MDM 描述文件装不上，提示“新的 MDM 有效负载与旧的负载不匹配”',
    [],
    null,
    'zh-CN',
  ),
  c('near-miss', 'Capacitor 写的 App 闪退，堆栈里有 XPC_TYPE_ERROR Connection invalid', [], null, 'zh-CN'),
  c('near-miss', '印象笔记提示两台设备的上限已满，工作手机登录不了', [], null, 'zh-CN'),
  c('near-miss', '有没有办法让 ADE 的 iPad 跳过设置助理里的 Apple ID 界面？', [], null, 'zh-CN'),
  c('near-miss', '每个租户需要单独的 APNs 证书吗？', [], null, 'zh-CN'),
  c('near-miss', '华为 MatePad 鸿蒙系统装了公司门户，但注册时提示配置文件安装失败', [], 'android', 'zh-CN'),
  c('out-of-scope', '公司门户 App', [], null, 'zh-CN'),
  // In scope: other products named beside Intune or as background
  c(
    'log',
    "We use Okta for SSO and Intune for MDM. New iPhones get 'User License Type Invalid' in Company Portal",
    license,
    'ios',
  ),
  c(
    'log',
    "Our Sonoma laptops enroll fine, only the iPads fail with 'Profile Installation Failed. A Network Error Has Occurred.'",
    network,
    'ios',
  ),
  c(
    'log',
    'Moved from NinjaOne to Intune last month; the iPads still have the NinjaOne profile and enrollment says the new MDM payload does not match the old payload',
    payload,
    'ios',
  ),
  c(
    'symptom',
    'We were on Omnissa before. Now in Intune, ADE iPads skip Remote Management and land on the home screen; the enrollment profile was made before the token upload',
    adeStart,
    'ios',
  ),
  c(
    'log',
    "Zscaler is on for all phones. Enrolling iPhones in Intune: 'Profile Installation Failed. Connection to the server could not be established.'",
    server,
    'ios',
  ),
  c(
    'log',
    "Evernote and Slack are fine on her iPhone, but Company Portal says 'Device Cap Reached'",
    deviceCap,
    'ios',
  ),
  c(
    'symptom',
    'Esper was decommissioned last year. Samsung tablets now in Intune show as Unhealthy after a few days and stop checking in',
    [samsung],
    'android',
  ),
  c(
    'code',
    'The Apple ID that created our push certificate left with its owner and now Intune iPhone enrollment gives NoEnrollmentPolicy',
    apns,
    'ios',
  ),
  c(
    'symptom',
    'We enforce Okta MFA for everyone; ADE iPads hang right after the user types the password at setup',
    adeLogin,
    'ios',
  ),
  c(
    'log',
    "Vi använder Okta för inloggning och Intune för MDM. Nya iPhones får 'Användarlicenstypen är ogiltig' i Företagsportalen",
    license,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'NinjaOne avvecklades i våras. Nu hoppar ADE-iPads över fjärrhanteringen och startar utan registrering i Intune',
    adeStart,
    'ios',
    'sv',
  ),
  c(
    'log',
    "On utilise Okta pour le SSO et Intune pour la gestion. Les nouveaux iPhone affichent « Type de licence utilisateur non valide » dans le Portail d'entreprise",
    license,
    'ios',
    'fr',
  ),
  c(
    'log',
    "Nos postes Sonoma s'inscrivent sans souci, seuls les iPad échouent avec « Échec de l'installation du profil. Une erreur réseau s'est produite. »",
    network,
    'ios',
    'fr',
  ),
  c(
    'log',
    '我们用 Okta 做单点登录，Intune 做 MDM，新 iPhone 在公司门户里提示“用户许可证类型无效”',
    license,
    'ios',
    'zh-CN',
  ),
  c(
    'log',
    '以前用 NinjaOne 管理，迁到 Intune 后 iPad 注册提示“配置文件安装失败。新的 MDM 有效负载与旧的负载不匹配。”',
    payload,
    'ios',
    'zh-CN',
  ),
];
