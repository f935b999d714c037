import {
  alreadyEnrolled,
  apns,
  type Case,
  c,
  cptu,
  deviceCap,
  domains,
  hybridConsole,
  iosLicense,
  iosOldProfile,
  pifAndroid,
  pifNetwork,
  pifServer,
  proxy,
  samsung,
  specialChars,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const xpc = ['ios/xpc_type_error-connection-invalid'];
const clock = ['general/error-code-0x80cf0437'];
const restart = ['general/error-code-0x8024d015'];
const prerequisites = ['general/error-code-0x80070032'];
const androidCert = ['general/android-certificate-issues'];
const disappear = ['general/mobile-devices-disappear'];
const authority = ['general/mdm-authority-not-defined'];
const seats = ['general/error-code-0x80043006'];
const outdatedPackage = ['general/error-code-0x80043001'];
const maintenance = ['general/error-code-0x80043002'];
const retired = ['general/error-code-0x80043005'];
const certFile = ['general/error-code-0x80043007'];
const updatesService = ['general/error-code-0x80043008'];
const oldWindows = ['general/error-code-0x8004300b'];
const suspended = ['general/error-code-0x80cf0440'];
const accountDeleted = ['general/error-code-0x80043003'];
const portalApp = [...cptu, 'ios/workplace-join-failed'];

/**
 * Sixteenth batch: symptoms in people's own words (helpdesk tickets and forum posts: vague, with typos,
 * device models and long stories) and near misses in the four languages, labelled from the articles;
 * written before the margin and vocabulary rules and used to work on them.
 */
export const sixteenthBatch: Case[] = [
  // English symptoms
  c(
    'symptom',
    'hi all, we just got 40 new ipad 10th gen through apple business manager, turned them on and they skip straight past setup to the home screen. no management at all. what did we miss?',
    adeStart,
  ),
  c(
    'symptom',
    'iPhone 15s from our carrier (DEP) ask for the users login, user puts in creds and it just sits there forever spinning. we have conditional access requiring mfa for all users',
    adeLogin,
    'ios',
  ),
  c(
    'symptom',
    'Automated enrollment works fine at home on wifi but in the office the iPads just fail during setup. We have a Palo Alto doing decryption',
    xpc,
    'ios',
  ),
  c(
    'symptom',
    'nobody renewed the apple cert last month and now no iphone can enrol, they all fail right away',
    apns,
  ),
  c(
    'symptom',
    'user says she cant add her new phone, she already has like 16 devices in her name from old test phones',
    deviceCap,
  ),
  c(
    'symptom',
    'contractor accounts were never given intune licences and now their iphones wont finish enrolling',
    iosLicense,
    'ios',
  ),
  c(
    'symptom',
    'users have to type the server address manually when enrolling ipads, the enterpriseenrollment record was never created in our dns',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'bought refurbished iphones and they still have some management profile from the previous company on them, enrolment fails',
    iosOldProfile,
    'ios',
  ),
  c(
    'symptom',
    'the company portal app on my iPhone keeps crashing the moment I tap sign in, it is a pretty old version',
    portalApp,
    'ios',
  ),
  c(
    'symptom',
    'Galaxy A52s in the warehouse stop syncing after a day or two, they show up as unhealthy and lose email access until someone opens company portal',
    [samsung],
    'android',
  ),
  c(
    'symptom',
    "android users get a message that they can't sign in because of a missing certificate when they log in with our adfs",
    androidCert,
    'android',
  ),
  c(
    'symptom',
    'android enrollment fails when installing the work profile, the phone has samsung internet as the default browser and cookies off',
    [pifAndroid],
    'android',
  ),
  c(
    'symptom',
    'our company name in office 365 is "Smith & Sons" and we cannot create any policy or enroll anything',
    [specialChars],
  ),
  c(
    'symptom',
    'staff with the @fabrikam.com upn cannot log into the portal after we added that domain to adfs, the @contoso ones are fine',
    [domains],
  ),
  c(
    'symptom',
    'phones enroll successfully into sccm and then a few hours later they vanish from the mobile device collection',
    disappear,
  ),
  c(
    'symptom',
    'we deployed a sysprepped image to 30 laptops and none of them can join intune, it says it is enrolled already',
    alreadyEnrolled,
    'windows',
  ),
  c(
    'symptom',
    'intune client install fails on a couple of PCs, turns out the BIOS clock was off by a few days',
    clock,
    'windows',
  ),
  c(
    'symptom',
    'PC agent install fails in the office, all outbound traffic goes through a proxy that needs auth',
    proxy,
    'windows',
  ),
  c(
    'symptom',
    'trying to install the intune pc client on an old xp machine and it refuses to run at all',
    oldWindows,
    'windows',
  ),
  c(
    'symptom',
    'we get told we are out of seats when installing the pc client on new computers',
    seats,
    'windows',
  ),
  c(
    'symptom',
    'i copied just the setup exe to a usb stick and ran it on the laptop, install dies saying something is missing next to it',
    certFile,
    'windows',
  ),
  c(
    'symptom',
    'users are asked to enter the MDM authority or get an error about it when enrolling, we never set anything in the admin portal I think',
    authority,
  ),
  c(
    'symptom',
    'iphones enroll fine from the users side but never show up in the configmgr console, we think the connector was set up twice in two different accounts',
    [hybridConsole],
    'ios',
  ),
  // English near misses
  c('near-miss', 'Mosyle: new iPads from ABM skip the remote management screen', [], 'ios'),
  c('near-miss', 'our in-house iOS app stopped getting push notifications, the push cert expired', [], 'ios'),
  c('near-miss', 'how do I change the default device limit from 15 to 5 for our students?', []),
  c('near-miss', 'Profile install fails on my MacBook Pro M3 running Sonoma', []),
  // Swedish symptoms
  c(
    'symptom',
    'Hej! Nya iPads från ABM startar bara upp som vanliga privata enheter, ingen fjärrhantering dyker upp under installationen',
    adeStart,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'När eleverna loggar in på sina ADE-iPads fastnar de efter inloggningen, vi kör tvåfaktorsautentisering',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Push-certifikatet från Apple förnyades aldrig och nu misslyckas alla registreringar av iPhones',
    apns,
    null,
    'sv',
  ),
  c(
    'symptom',
    'En kollega får inte lägga till sin nya mobil, hon har för många enheter kopplade till kontot',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'symptom',
    'Företagsportalen på iPhonen kraschar hela tiden, appen är nog gammal eller trasig',
    portalApp,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Begagnade iPhones som fortfarande har en hanteringsprofil från förra leverantören går inte att registrera',
    iosOldProfile,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Samsung Galaxy-telefonerna slutar checka in mot Intune efter några dagar och blir ohälsosamma i konsolen',
    [samsung],
    'android',
    'sv',
  ),
  c(
    'symptom',
    'Android-användare får meddelande om att ett certifikat saknas när de loggar in via ADFS',
    androidCert,
    'android',
    'sv',
  ),
  c(
    'symptom',
    'Företagsnamnet innehåller ett &-tecken och vi kan varken skapa principer eller registrera enheter',
    [specialChars],
    null,
    'sv',
  ),
  c(
    'symptom',
    'Datorerna är installerade från en klonad avbildning och alla säger att de redan är registrerade',
    alreadyEnrolled,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Klockan på klientdatorn går fel och installationen av Intune-klienten misslyckas',
    clock,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Klientprogrammet går inte att installera eftersom datorn väntar på en omstart efter uppdateringar',
    restart,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Vi har nått maxantalet platser för kontot och kan inte registrera fler datorer',
    seats,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Det går inte att registrera nya datorer, kontot verkar vara i underhållsläge',
    maintenance,
    'windows',
    'sv',
  ),
  // Swedish near misses
  c('near-miss', 'Jamf Pro: iPads registreras inte via ADE', [], 'ios', 'sv'),
  c('near-miss', 'Hur ställer jag in registreringsbegränsningar för Android?', [], null, 'sv'),
  // French symptoms
  c(
    'symptom',
    "Bonjour, nos nouveaux iPad achetés via Apple Business Manager démarrent sans jamais proposer l'inscription, on arrive direct sur l'écran d'accueil",
    adeStart,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "Sur les iPhone en inscription automatisée, ça bloque juste après la saisie des identifiants. L'authentification multifacteur est activée chez nous",
    adeLogin,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "l'inscription des iPad ADE plante sur le wifi de l'entreprise mais passe en 4G",
    xpc,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "notre certificat push Apple a expiré et plus aucun iPhone ne peut s'inscrire",
    apns,
    null,
    'fr',
  ),
  c(
    'symptom',
    "un utilisateur n'arrive plus à enrôler de téléphone, il a atteint le nombre maximal d'appareils",
    deviceCap,
    null,
    'fr',
  ),
  c(
    'symptom',
    "les stagiaires n'ont pas de licence Intune et l'inscription de leurs iPad échoue",
    iosLicense,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "les utilisateurs doivent saisir à la main le nom du serveur lors de l'inscription, il n'y a pas d'enregistrement CNAME",
    [pifServer],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "l'iPhone a été restauré et le profil refuse toujours de s'installer avec une erreur réseau, pourtant le wifi marche",
    [pifNetwork],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "Les Samsung ne remontent plus dans Intune et apparaissent comme non sains, le gestionnaire intelligent coupe le Portail d'entreprise",
    [samsung],
    'android',
    'fr',
  ),
  c(
    'symptom',
    "sur Android l'installation du profil échoue, Chrome n'est pas le navigateur par défaut",
    [pifAndroid],
    'android',
    'fr',
  ),
  c(
    'symptom',
    "depuis l'ajout d'un deuxième domaine dans ADFS, les utilisateurs de ce domaine ne peuvent plus se connecter au portail",
    [domains],
    null,
    'fr',
  ),
  c(
    'symptom',
    "le PC a été retiré de la console et maintenant le client refuse de s'installer",
    retired,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    "l'installation du client plante, le service Microsoft Online Management Updates ne démarre pas",
    updatesService,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    'notre abonnement d’essai est suspendu et les PC ne peuvent plus se connecter au service',
    suspended,
    'windows',
    'fr',
  ),
  // French near misses
  c('near-miss', 'Workspace ONE : les iPad restent bloqués après la connexion', [], 'ios', 'fr'),
  c(
    'near-miss',
    "Outlook sur Android demande de protéger les données de l'organisation",
    [],
    'android',
    'fr',
  ),
  // Simplified Chinese symptoms
  c('symptom', '从 ABM 分配的新 iPad 开机后直接进主屏幕，根本没有注册', adeStart, 'ios', 'zh-CN'),
  c('symptom', 'ADE 设置时输完账号密码就卡住不动了，租户开启了 MFA', adeLogin, 'ios', 'zh-CN'),
  c('symptom', '公司防火墙后面 ADE 注册总是失败，换个网络就好了', xpc, 'ios', 'zh-CN'),
  c('symptom', '苹果推送证书过期了，现在 iPhone 全都注册不上', apns, null, 'zh-CN'),
  c('symptom', '员工说他已经有很多台设备了，新手机加不进去', deviceCap, null, 'zh-CN'),
  c('symptom', 'iPhone 上的公司门户一打开就闪退，版本很旧', portalApp, 'ios', 'zh-CN'),
  c('symptom', '二手 iPhone 上还有以前公司的管理描述文件，注册失败', iosOldProfile, 'ios', 'zh-CN'),
  c('symptom', '安卓手机登录时提示缺少证书，我们用 ADFS 联合登录', androidCert, 'android', 'zh-CN'),
  c('symptom', '公司名称里有特殊字符，无法创建策略也无法注册设备', [specialChars], null, 'zh-CN'),
  c('symptom', '手机在 Configuration Manager 注册成功后过一阵子就从集合里消失了', disappear, null, 'zh-CN'),
  c('symptom', '安装 Intune 客户端时报错，说电脑需要重启', restart, 'windows', 'zh-CN'),
  c('symptom', '电脑缺少一些 Windows 更新，客户端装不上', prerequisites, 'windows', 'zh-CN'),
  c('symptom', '注册包太旧了，客户端安装失败', outdatedPackage, 'windows', 'zh-CN'),
  c('symptom', '我们的 Intune 账户已经被删除，电脑没法注册', accountDeleted, 'windows', 'zh-CN'),
  // Simplified Chinese near misses
  c('near-miss', 'Mac 电脑上安装描述文件失败', [], null, 'zh-CN'),
  c('near-miss', '怎样阻止个人设备注册 Intune？', [], null, 'zh-CN'),
];
