import {
  adeLogin,
  adeStart,
  alreadyEnrolled,
  androidCert,
  apns,
  authority,
  type Case,
  c,
  clock,
  deviceCap,
  disappear,
  domains,
  oldPortal,
  pifAndroid,
  pifPayload,
  proxy,
  samsung,
} from './held-out-labels.ts';

/**
 * Third sealed batch of forum-style posts, written from the articles before the matcher changes it judges:
 * what people post on Reddit, Jamf Nation, Microsoft Q&A and issue trackers. 52 near misses carry the
 * articles' error phrases or symptoms into places the articles do not cover (another MDM, macOS, visionOS
 * and tvOS, Chromebooks and Linux, app development, app protection, Entra sign-in, other products' device
 * limits, consumer services, how-to questions); 16 are Intune enrollment problems where another product is
 * only the background.
 */
export const forumSealedThirdBatch: Case[] = [
  // Near misses in English
  c(
    'near-miss',
    "Re: iPads failing with Profile Installation Failed after Jamf Pro 11 upgrade — Seeing the same here since Tuesday. Roughly a third of our iPads fail to install the MDM profile during PreStage enrollment. Jamf support told us to check the push cert but it's valid until next year. Anyone found a workaround that doesn't involve wiping?",
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Kandji ADE never starts on refurbished iPhones. Bought 20 refurbs, added them to ABM with Apple Configurator, assigned them to the Kandji MDM server, synced in Kandji. On setup they skip Remote Management entirely and go to the home screen. What am I missing?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    '[Mosyle Business] "The new MDM payload does not match the old payload" when moving iPads between two Mosyle accounts. Our district split into two and we need to move ~300 iPads to the new account. Any way to do it without erasing every device?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Addigy: user-approved MDM enrollment on macOS Sonoma fails with "A network error has occurred" on about half of our Macs. Same network, same install link. Ideas before I open a ticket?',
    [],
  ),
  c(
    'near-miss',
    'Hexnode Android Enterprise QR enrollment: Samsung A14s say the device is missing a required certificate right after scanning. Pixels enroll fine with the same QR code.',
    [],
    'android',
  ),
  c(
    'near-miss',
    'SimpleMDM: our APNs certificate expired over the weekend and the Apple ID that created it belonged to an admin who left. Can we renew under a different Apple ID or do we have to re-enroll every device?',
    [],
  ),
  c(
    'near-miss',
    'Miradore free plan: is there a device limit? We added device number 51 yesterday and enrollment fails on it, the first 50 are fine.',
    [],
  ),
  c(
    'near-miss',
    'Workspace ONE UEM: Windows 11 laptops re-imaged from the same task sequence fail to enroll through Hub, it claims the device is already enrolled. Deleted the device record in the UEM console already. (not using Intune at all)',
    [],
    'windows',
  ),
  c(
    'near-miss',
    'MaaS360 iOS enrollment says this service is not supported for a handful of users in one group. Other groups enroll fine. Is that a MaaS360 policy thing?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Meraki Systems Manager: iPads show as offline and stop checking in after a few weeks even though they are on the network daily. Any known bug with SM agent on iPadOS 17?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'FileWave: DEP iPads hang at "Configuring your iPad" right after the user authenticates with Okta. If we turn off the authentication step they enroll. Anyone got modern auth working in FileWave DEP?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'SCCM 2403 client push fails on a new subnet, ccm.log shows error 53 network path not found. Pure Configuration Manager, no co-management or Intune in this environment. Firewall rules are in place for SMB.',
    [],
    'windows',
  ),
  c(
    'near-miss',
    'OSD task sequence fails at Apply Operating System on the new Surface Laptops with 0x80070002. ConfigMgr only. Boot image has the latest drivers injected. Where do I look next?',
    [],
    'windows',
  ),
  c(
    'near-miss',
    'macOS Sequoia: Company Portal enrollment stuck at installing the management profile on M3 MacBook Airs. The profile shows up in System Settings but never gets approved. Tenant is Intune, iOS enrollment works fine.',
    [],
  ),
  c(
    'near-miss',
    'Apple Vision Pro enrollment: is there any way to get a visionOS device into our MDM? The device shows up in ABM but there is no remote management step during setup.',
    [],
  ),
  c(
    'near-miss',
    'Conference room Apple TVs (tvOS 17) never show up for assignment in Apple Business Manager even though we bought them from an authorised reseller. How long does that usually take?',
    [],
  ),
  c(
    'near-miss',
    'Chromebooks: forced re-enrollment fails with a message that the device already belongs to another domain. We bought them used from a school that never deprovisioned them in Google Admin.',
    [],
  ),
  c(
    'near-miss',
    '### Describe the bug\nOn Ubuntu 24.04 the identity broker crashes during device registration, so the Intune app never finishes registering the machine.\n### Steps to reproduce\n1. Install intune-portal\n2. Sign in\n3. Registration spins, broker log shows a segfault\n### Expected\nDevice registers',
    [],
  ),
  c(
    'near-miss',
    'Xcode 16 refuses to install the team provisioning profile on my test iPhone: "profile installation failed" in the device log and the app will not launch. Cleared derived data, re-added the Apple ID, same thing.',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Crash on launch on iOS 18 only. Our crash log shows XPC connection invalid coming from our own NSXPC helper right before the app is killed. Anyone seen iOS 18 tear down XPC connections earlier than 17 did?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    "Push notifications stopped for our app in production. Turns out the app's APNs certificate expired. How do we renew the .p12 and upload it to Firebase without breaking existing device tokens?",
    [],
  ),
  c(
    'near-miss',
    'Outlook on unenrolled personal iPhones keeps asking users to restart the app so their organisation can protect its data, every single time they open it. App protection policy only, no device enrollment. Is that expected?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Does an app protection policy apply to Teams on Android if the user never installs Company Portal? Docs seem to say the broker app is required but I have users who claim they never installed it.',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Users get AADSTS50105 signing in to an internal web app: the signed in user is not assigned to a role for the application. We added them to the group an hour ago. Replication delay or something else?',
    [],
  ),
  c(
    'near-miss',
    'AADSTS700016 application not found in the directory when our Graph PowerShell script tries to connect with the app registration. Client ID is copied straight from the portal. Wrong tenant?',
    [],
  ),
  c(
    'near-miss',
    'NordVPN keeps saying I have reached the maximum number of devices but I only use my laptop and phone. Logged out everywhere already.',
    [],
  ),
  c(
    'near-miss',
    'Netflix says too many devices are using my account right now, kids in the other room are watching on the TV, am I being throttled by plan?',
    [],
  ),
  c(
    'near-miss',
    'LastPass free only lets me use it on one device type. Switched from computer to mobile and now I am locked out of the computer for 30 days? Is there a reset?',
    [],
  ),
  c(
    'near-miss',
    "Can't associate my new iPhone with my Apple ID for purchases, it says I have to wait 90 days because I already associated a device recently. Any way around it?",
    [],
    'ios',
  ),
  c(
    'near-miss',
    'How do I set up enrollment restrictions so only corporate iOS devices can enroll and personal ones are blocked? Looking for the recommended setup, not troubleshooting anything.',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Best practice question: which Apple ID should we use to create the MDM push certificate so it survives staff turnover? Shared mailbox, distribution list, something else?',
    [],
  ),

  // Near misses in Swedish
  c(
    'near-miss',
    'Jamf Pro: iPads fastnar på fjärrhanteringssteget vid automatisk registrering sedan vi bytte ut token i ABM. Någon som känner igen det?',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Macar i Intune får aldrig hanteringsprofilen godkänd, Företagsportalen för macOS står bara och snurrar. iPhones registreras utan problem.',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'Skolans Chromebooks går inte att registrera i Google Admin, det står att licens saknas trots att vi köpte Chrome Education Upgrade.',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'ExpressVPN säger att maxantalet enheter är nått fast jag bara har två inloggade. Hur loggar jag ut gamla?',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'AADSTS50158 när användare loggar in i Outlook på webben efter att vi slagit på villkorsstyrd åtkomst med extern MFA-leverantör.',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'Appskyddsprinciper: Word på privata Android-telefoner kräver PIN hela tiden. Går det att höja tidsgränsen innan den frågar igen?',
    [],
    'android',
    'sv',
  ),
  c(
    'near-miss',
    'Miradore: Android-enheterna har slutat checka in efter senaste uppdateringen, misstänker batterioptimeringen. Någon annan som sett det?',
    [],
    'android',
    'sv',
  ),

  // Near misses in French
  c(
    'near-miss',
    "Workspace ONE : échec de l'installation du profil sur les iPhone, impossible d'établir une connexion au serveur. Le certificat SSL du serveur UEM a été renouvelé la semaine dernière.",
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    "MaaS360 : nombre maximal d'appareils atteint pour un utilisateur, comment augmenter la limite dans la console ?",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "Xcode : impossible d'installer le profil de provisionnement sur l'iPhone de test, l'appli ne se lance pas. Quelqu'un a une idée ?",
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    'Apple TV de salle de réunion : comment les inscrire dans Mosyle ? Elles ne proposent aucune étape de gestion à distance.',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    "Canal+ me dit que j'ai atteint le nombre maximal d'appareils sur mon compte, alors que je n'en utilise que deux.",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Configuration Manager sans Intune : des postes de travail disparaissent de leur collection quelques jours après la découverte AD. Aucun appareil mobile chez nous.',
    [],
    'windows',
    'fr',
  ),
  c(
    'near-miss',
    "AADSTS53003 : accès bloqué par l'accès conditionnel quand un admin ouvre le portail Azure depuis un poste non conforme.",
    [],
    null,
    'fr',
  ),

  // Near misses in Simplified Chinese
  c('near-miss', '用 Jamf 给 iPad 注册的时候提示配置描述文件安装失败，换了网络也一样。', [], 'ios', 'zh-CN'),
  c('near-miss', 'Mosyle 里的 APNs 证书过期了，要怎么续期？之前的管理员已经离职了。', [], null, 'zh-CN'),
  c('near-miss', 'macOS 上用公司门户注册一直卡在安装管理描述文件那一步。', [], null, 'zh-CN'),
  c(
    'near-miss',
    '我们自己开发的 App 推送收不到了，发现 APNs 证书过期，Xcode 里要怎么重新生成？',
    [],
    null,
    'zh-CN',
  ),
  c(
    'near-miss',
    'Chromebook 在 Google 管理控制台里强制重新注册失败，提示设备已经注册到其他网域。',
    [],
    null,
    'zh-CN',
  ),
  c('near-miss', '爱奇艺会员提示登录的设备数量已达上限，怎么踢掉旧设备？', [], null, 'zh-CN'),
  c(
    'near-miss',
    'Intune 应用保护策略：个人 iPhone 上的 Outlook 不让复制内容到微信，这个能放开吗？',
    [],
    'ios',
    'zh-CN',
  ),

  // In scope: Intune enrollment problems with another product only as background
  c(
    'exact',
    'Migrated ~200 iPads from Jamf to Intune last month. Most went fine, but one batch shows "Profile Installation Failed. The new MDM payload does not match the old payload." when users enroll through Company Portal. Looks like the Jamf removal never ran on those.',
    [pifPayload],
    'ios',
  ),
  c(
    'partial',
    'Switched from MobileIron to Intune. Android BYOD phones that used to be in MobileIron get profile installation failed when they enroll with Company Portal, even though we retired them in MobileIron first.',
    [pifAndroid],
    'android',
  ),
  c(
    'symptom',
    '我们以前只用 SCCM，现在用一组试点电脑测试 Intune 电脑客户端。从旧参考镜像克隆出来的电脑都注册不了，那台参考机 2016 年试用的时候注册过 Intune。',
    alreadyEnrolled,
    'windows',
    'zh-CN',
  ),
  c(
    'partial',
    "Moving from Kandji to Intune: ADE enrollment doesn't start on the iPads we reassigned to the Intune MDM server in ABM. I created the enrollment profile in Intune before uploading the token, in case that matters.",
    adeStart,
    'ios',
  ),
  c(
    'exact',
    'Came over from Meraki SM in the spring. Our shared iPad admin account now gets "Device Cap Reached" in Company Portal after the fifteenth iPad. Meraki never had a per-user cap.',
    deviceCap,
    'ios',
  ),
  c(
    'symptom',
    'Workspace ONE used to handle our iPhones with its own push cert. When we moved to Intune a colleague created a new Apple push cert with his personal Apple ID. It has now expired, he has left, and no iOS device can enroll.',
    apns,
    'ios',
  ),
  c(
    'partial',
    'Never saw this with Hexnode, but in Intune our Samsung Galaxy Tab A (Android 5.1) devices show as Unhealthy after a couple of days and stop receiving policy until the user opens Company Portal.',
    [samsung],
    'android',
  ),
  c(
    'exact',
    'We used Configuration Manager alone for years and are piloting the Intune PC client on a few kiosks. Setup fails with "The clock on the client computer is not set to the correct time." The kiosks sync time from an old appliance.',
    clock,
    'windows',
  ),
  c(
    'symptom',
    'Under migreringen hade användarna AirWatch-agenten och Intune-företagsportalen sida vid sida. Några har en uråldrig version av Företagsportalen på iPhone eftersom den gamla MDM:en blockerade appuppdateringar, och appen ger fel när de registrerar sig.',
    oldPortal,
    'ios',
    'sv',
  ),
  c(
    'exact',
    'Precis klara med flytten från MaaS360. Vissa iPhone-användare får "Användarlicenstypen är ogiltig" i Företagsportalen.',
    ['ios/user-license-type-invalid'],
    'ios',
    'sv',
  ),
  c(
    'symptom',
    "Mosyle's DEP setup never asked for MFA. In Intune the iPhones freeze right after the user types credentials in Setup Assistant. Our conditional access requires MFA for all cloud apps.",
    adeLogin,
    'ios',
  ),
  c(
    'exact',
    'Replacing our Kaseya agent with the Intune PC client. At the branch behind the proxy the install ends with "Cannot connect to the Intune service. Check the client proxy settings." Head office is fine.',
    proxy,
    'windows',
  ),
  c(
    'symptom',
    "Avant on utilisait Google Workspace comme fournisseur d'identité. Maintenant on est sur AD FS avec deux suffixes UPN, et les utilisateurs du deuxième suffixe ne peuvent pas se connecter au Portail d'entreprise pour inscrire leurs appareils.",
    [domains],
    null,
    'fr',
  ),
  c(
    'exact',
    'Left Jamf for Intune this quarter. The very first test iPhone enrollment gives "MDM authority not defined". Did we skip a setup step?',
    authority,
    'ios',
  ),
  c(
    'symptom',
    'We still use ConfigMgr for PCs and turned on hybrid MDM after leaving BlackBerry UEM. Enrolled phones drop out of the mobile device collection a day later but keep the management profile.',
    disappear,
  ),
  c(
    'partial',
    'Our old MDM (Citrix Endpoint Management) never had this: Android users get told the device is missing a required certificate when they sign in to Company Portal after the ADFS redirect.',
    androidCert,
    'android',
  ),
];
