import {
  alreadyEnrolled,
  apns,
  type Case,
  c,
  deviceCap,
  domains,
  iosLicense,
  iosOldProfile,
  pifIos,
  pifPayload,
  proxy,
  samsung,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const xpc = ['ios/xpc_type_error-connection-invalid'];

/**
 * Forum-style posts written before the matcher changes they judge and scored once, as written. Most
 * carry an enrollment message or symptom in a setting the articles do not cover (another MDM or UEM,
 * another OS, an app's own code, app protection, Entra sign-in, another product's device limit, a
 * how-to); the rest name another product or OS only as background to an Intune problem the articles do cover.
 */
export const forumSealedBatch: Case[] = [
  // English: another MDM or UEM product
  c(
    'near-miss',
    'ManageEngine MDM Plus - iPhones enrolled via the invite link stop at "Profile Installation Failed". Server is on-prem behind our reverse proxy, cert is from Lets Encrypt. Any ideas?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Scalefusion: Android 14 devices fail QR enrollment with "profile installation failed", the DPC downloads and then the screen goes back to setup',
    [],
    'android',
  ),
  c(
    'near-miss',
    'SOTI MobiControl 2024: Zebra TC52 scanners will not enroll anymore, the agent says the device limit of the license has been reached. We only have 180 of 200 used',
    [],
    'android',
  ),
  c(
    'near-miss',
    'We are a small school using Relution. The iPads from Apple School Manager go straight to the home screen without the remote management screen, DEP profile is assigned in Relution',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'IBM MaaS360 iOS enrollment: after accepting the terms the MDM profile download fails with a network error, same on wifi and cellular',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Ivanti Neurons for MDM (formerly MobileIron Cloud): DEP devices hang after the user enters LDAP credentials in setup assistant, we recently turned on MFA for the registration',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Miradore free plan - "The new MDM payload does not match the old payload" when I try to enroll an iPad that used to be in our Meraki',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Citrix Endpoint Management: Secure Hub on iOS says Company Portal temporarily unavailable?? We do not even use Intune, is Secure Hub calling something from Microsoft?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'BlackBerry UEM 12.19 - user cannot activate another device, UEM says the maximum number of devices for the user has been reached. Where do I change the activation limit?',
    [],
  ),
  c(
    'near-miss',
    '42Gears SureMDM: Windows 11 laptops refuse to enroll, error says the machine is already enrolled in another MDM. It was in Intune before, we unenrolled it from Settings',
    [],
    'windows',
  ),
  c(
    'near-miss',
    'FileWave 15: our APNs certificate expired and now no iPad checks in. How do we renew it in FileWave Central without re-enrolling?',
    [],
    'ios',
  ),
  // English: another OS
  c(
    'near-miss',
    'macOS Sonoma, Intune: Company Portal for Mac shows "Company Portal Temporarily Unavailable" at the very start of enrollment, iPhones of the same user enroll fine',
    [],
  ),
  c(
    'near-miss',
    'MacBook Air from ABM with an Intune enrollment profile never shows the Remote Management pane, goes to the desktop. iPads in the same token work',
    [],
  ),
  c(
    'near-miss',
    'ChromeOS Flex on old laptops: enterprise enrollment fails with "device already enrolled" after we wiped them, Google Admin still lists them',
    [],
  ),
  c(
    'near-miss',
    'watchOS: cellular Apple Watch of a user cannot be set up after her iPhone was enrolled, pairing stops at the terms screen',
    [],
  ),
  // English: app development
  c(
    'near-miss',
    'Flutter app crashes on launch on iOS 17, device console shows XPC_TYPE_ERROR Connection invalid from a bunch of daemons. Release build only, debug works. Stack trace attached',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Apple developer account: "device limit reached" when adding test iPhones to the provisioning profile, we registered 100 this membership year already',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Our app stopped getting push notifications in production after the APNs certificate for the app expired. We use Firebase Cloud Messaging, do we switch to a p8 key?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Building our own MDM server with NanoMDM for a side project, the iPhone says profile installation failed when I install the enrollment profile from Safari. SCEP is step-ca',
    [],
    'ios',
  ),
  // English: app protection and Entra sign-in
  c(
    'near-miss',
    'Outlook for iOS: after an app protection policy was assigned, users get "Your organization is now protecting its data in this app" and then Outlook quits. Devices are not enrolled, MAM only',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Company Portal sign-in on Android stops with AADSTS50097: Device authentication is required. User has an F3 licence with Intune',
    [],
    'android',
  ),
  c(
    'near-miss',
    'users on iPhone get AADSTS53000 in Teams saying the device must be managed, even though they enrolled yesterday in Intune',
    [],
    'ios',
  ),
  // English: other products' device limits
  c(
    'near-miss',
    'NordVPN Teams says the user has reached the maximum number of devices, can I remove old ones from the admin panel?',
    [],
  ),
  c(
    'near-miss',
    'Adobe Creative Cloud: "you are signed in on too many computers" for a designer with a new laptop, device cap on their side I guess',
    [],
  ),
  c(
    'near-miss',
    'Okta Verify: user cannot enroll a new phone, the policy limits authenticators per user and she has hit the maximum',
    [],
  ),
  // English: how-to, no failure
  c(
    'near-miss',
    'How do I enroll our Windows kiosks in bulk with a provisioning package from Windows Configuration Designer? Step by step please',
    [],
    'windows',
  ),
  c(
    'near-miss',
    'What is the difference between Setup Assistant with modern authentication and Company Portal for ADE iPhones? Which should we pick?',
    [],
    'ios',
  ),
  // Swedish near misses
  c(
    'near-miss',
    'Vi kör Jamf School i kommunen. Elevernas iPads från ASM visar aldrig fjärrhanteringssteget fast de är tilldelade Jamf i ASM',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Meraki Systems Manager: "Det gick inte att installera profilen" när vi registrerar lärarnas iPhones, nätverket är Meraki-wifi',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Sophos Mobile (ja vi har fortfarande kvar den...): Android-plattorna säger att max antal enheter är nått för vår licens',
    [],
    'android',
    'sv',
  ),
  c(
    'near-miss',
    'Företagsportalen på min MacBook säger att den är tillfälligt otillgänglig när jag ska registrera den',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'vår iOS-app kraschar i TestFlight och enhetsloggen är full av XPC_TYPE_ERROR Connection invalid, har någon sett det med SwiftUI?',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Outlook på Android: "Din organisation skyddar nu sina data i den här appen" och sedan startar den om, vi har bara appskydd, ingen registrering',
    [],
    'android',
    'sv',
  ),
  c('near-miss', 'inloggning till Teams ger AADSTS50105, användaren är inte tilldelad appen', [], null, 'sv'),
  c(
    'near-miss',
    'Spotify säger att jag har nått gränsen för antal enheter för offlinelyssning på mitt jobbkonto',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'Hur ställer man in att iPads från ABM ska vara delade iPads? Letar efter bästa sättet',
    [],
    'ios',
    'sv',
  ),
  // French near misses
  c(
    'near-miss',
    'Hexnode UEM : les iPhone restent bloqués après l’authentification dans l’assistant de configuration (DEP), on a ajouté la MFA sur notre annuaire',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'Jamf Pro 11 : « Échec de l’installation du profil » sur les iPad de l’école après réinitialisation, le certificat push Jamf est valide',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'Workspace ONE UEM : Hub sur Android indique que le nombre maximal d’appareils est atteint pour l’utilisateur',
    [],
    'android',
    'fr',
  ),
  c(
    'near-miss',
    'Apple Configurator sans MDM : impossible d’installer un .mobileconfig Wi-Fi sur les iPad, « Échec de l’installation du profil »',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'notre appli React Native plante sur iOS 18, la console montre XPC_TYPE_ERROR Connection invalid au lancement',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'connexion au Portail d’entreprise impossible, erreur AADSTS700016 application introuvable dans l’annuaire',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Netflix me dit que trop d’appareils utilisent le compte, c’est lié à Intune sur mon téléphone pro ?',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Comment configurer le jeton ABM dans Intune pour la première fois ? On a déjà le certificat push',
    [],
    'ios',
    'fr',
  ),
  // Chinese near misses
  c('near-miss', '我们用的是华为MDM，员工手机注册的时候提示描述文件安装失败', [], null, 'zh-CN'),
  c('near-miss', '企业微信提示该账号登录的设备数量已达上限，怎么解绑旧设备', [], null, 'zh-CN'),
  c('near-miss', '公司用钉钉管理设备，安卓手机激活设备管理器一直失败', [], 'android', 'zh-CN'),
  c('near-miss', 'Mac上的公司门户打开就提示暂时不可用，没法注册', [], null, 'zh-CN'),
  c(
    'near-miss',
    '自己开发的iOS应用崩溃日志里全是XPC_TYPE_ERROR Connection invalid，跟Xcode版本有关吗',
    [],
    'ios',
    'zh-CN',
  ),
  c('near-miss', '百度网盘会员提示登录设备数已达上限', [], null, 'zh-CN'),
  c('near-miss', '苹果手机登录Outlook报AADSTS50076，需要多重身份验证', [], 'ios', 'zh-CN'),
  c('near-miss', '怎么在Intune里设置只允许公司的iPad通过ADE注册？', [], 'ios', 'zh-CN'),
  // English: another product or OS only as background; the problem is one the articles cover
  c(
    'symptom',
    'We are moving off Workspace ONE to Intune this quarter. The iPhones we factory reset enroll fine, but the ones where users skipped the reset still have the AirWatch profile in Settings and Intune enrollment never goes through',
    iosOldProfile,
    'ios',
  ),
  c(
    'symptom',
    'We run Jamf Pro for our Macs (no issues there). On the iOS side we use Intune, and the new iPads assigned to Intune in ABM just skip remote management and end up unmanaged. Token sync shows the serials',
    adeStart,
    'ios',
  ),
  c(
    'symptom',
    'Duo is our MFA for everything and it is enforced on the Intune enrollment app too. ADE iPhones hang forever after the user enters credentials in setup assistant. Android Enterprise fully managed works fine',
    adeLogin,
    'ios',
  ),
  c(
    'symptom',
    'Our Android fleet used to be in MaaS360, now Intune for a year. The Samsung tablets that never got past Android 5 stop checking in after a while and go unhealthy until someone opens Company Portal',
    [samsung],
    'android',
  ),
  c(
    'symptom',
    'The warehouse has a Meraki MX doing content filtering. ADE iPads set up there fail during enrollment, the same iPads on an LTE hotspot enroll in Intune in five minutes',
    xpc,
    'ios',
  ),
  c(
    'symptom',
    'We image laptops with MDT from a reference machine that happened to have the Intune PC client installed. The new laptops all refuse to enroll and insist they are enrolled already',
    alreadyEnrolled,
    'windows',
  ),
  c(
    'code',
    'Windows 10 PCs, Sophos on the endpoint and Zscaler for web. Intune client install ends with 0x80CF0438, internet works in the browser',
    proxy,
    'windows',
  ),
  c(
    'partial',
    'Background: Okta is our IdP and federates to Entra. A few new hires see "User License Type Invalid" in Company Portal on their iPhones, others in the same group are fine',
    ['ios/user-license-type-invalid'],
    'ios',
  ),
  // Swedish in scope
  c(
    'symptom',
    'Vi har Jamf för Mac men Intune för mobilerna. Apple-pushcertifikatet i Intune gick ut i helgen och nu kan inga iPhones registreras',
    apns,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Tidigare körde vi MobileIron, nu Intune. En användare kan inte registrera sin nya telefon, hon har redan femton enheter registrerade',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'partial',
    'Efter bytet från Meraki SM till Intune: iPads som inte nollställdes säger att den nya MDM-nyttolasten inte matchar den gamla',
    [pifPayload, pifIos],
    'ios',
    'sv',
  ),
  // French in scope
  c(
    'symptom',
    'On a Google Workspace pour la messagerie mais Intune pour les mobiles. Les Galaxy sous Android 5 avec Smart Manager cessent de remonter dans Intune au bout de quelques jours',
    [samsung],
    'android',
    'fr',
  ),
  c(
    'symptom',
    'ADFS pour Office 365, on a ajouté le domaine de la filiale rachetée comme deuxième domaine vérifié : ses utilisateurs ne peuvent ni se connecter au portail ni inscrire d’appareil',
    [domains],
    null,
    'fr',
  ),
  // Chinese in scope
  c(
    'symptom',
    '我们以前用MobileIron，现在迁到Intune，二手iPad上还留着旧的管理描述文件，注册一直不成功',
    iosOldProfile,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '邮箱用的是本地Exchange，设备管理用Intune。新员工的iPhone注册时公司门户说账户无权使用，他们还没分配许可证',
    iosLicense,
    'ios',
    'zh-CN',
  ),
];
