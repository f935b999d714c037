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
const retired = ['general/error-code-0x80043005'];
const certFile = ['general/error-code-0x80043007'];
const oldWindows = ['general/error-code-0x8004300b'];
const suspended = ['general/error-code-0x80cf0440'];
const vbscript = ['general/error-code-0xab2'];
const portalApp = [...cptu, 'ios/workplace-join-failed'];

/**
 * Seventeenth batch: symptoms in people's own words and near misses in the four languages, labelled from
 * the articles; written together with the sixteenth, before any change for it, and kept unscored until
 * the margin and vocabulary rules were finished, so its figure is one nobody tuned on.
 */
export const seventeenthBatch: Case[] = [
  // English symptoms
  c(
    'symptom',
    'Long story short: we set up the enrollment profile in Intune first and only afterwards connected the ABM token. Now the iPhone 14s we factory reset never show the enrollment screen, they go straight to hello/home',
    adeStart,
    'ios',
  ),
  c(
    'symptom',
    'ipads from automated device enrollment freeze on the sign in page after users type there password. authenticator prompt never comes up',
    adeLogin,
    'ios',
  ),
  c(
    'symptom',
    'supervised iphone 13 setup fails at the enrollment step only on the school guest wifi, with a hotspot from my phone it worked first time',
    xpc,
    'ios',
  ),
  c(
    'symptom',
    'is it normal that NO ios device can enroll at all since friday? I think the apple mdm certificate in the tenant was never set up properly',
    apns,
  ),
  c(
    'symptom',
    'one of our managers is blocked from enrolling his new pixel, apparently he has hit the max number of devices',
    deviceCap,
    'android',
  ),
  c(
    'symptom',
    'New hires iPhones fail to enroll and I just noticed their accounts have no Intune license assigned yet',
    iosLicense,
    'ios',
  ),
  c(
    'symptom',
    'we only allow corporate owned devices and now a BYOD iphone user cannot enroll, what is the fix if we want to allow them',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'iPad was handed down from a guy who left, we never removed him in intune properly and now the new user cant enroll it',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'we are migrating from MaaS360 and the iPhones still have the old profile, intune enrollment fails on those',
    iosOldProfile,
    'ios',
  ),
  c(
    'symptom',
    'iPad keeps throwing a network error while installing the management profile, every network we tried, other iPads are fine',
    [pifNetwork],
    'ios',
  ),
  c(
    'symptom',
    'comp portal on iOS shows an error screen and says to contact the admin, reinstalling from the app store was suggested?',
    portalApp,
    'ios',
  ),
  c(
    'symptom',
    'samsung tab s7 units drop out of compliance because they stop reporting to intune, battery optimisation seems to kill the portal app',
    [samsung],
    'android',
  ),
  c(
    'symptom',
    'after federated login on android phones the company portal says a required certificate is missing, our adfs proxy only sends the server cert',
    androidCert,
    'android',
  ),
  c(
    'symptom',
    'Android enrollment fails at the profile step for users without a license assigned',
    [pifAndroid],
    'android',
  ),
  c(
    'symptom',
    'we added a second upn suffix and those users now get stuck logging into company portal, single sign on is via ad fs 2.0',
    [domains],
  ),
  c(
    'symptom',
    'ipads enrolled ok but aren’t listed in the system center console, we may have used the apns cert from a different account',
    [hybridConsole],
    'ios',
  ),
  c(
    'symptom',
    'some script on our configmgr server seems to be deleting the enrolled phones from the collection every night',
    disappear,
  ),
  c(
    'symptom',
    'this laptop was enrolled before under another account, reimaged it, and the client still says it is enrolled, the old cert must be there',
    alreadyEnrolled,
    'windows',
  ),
  c(
    'symptom',
    'windows pc client install fails because a reboot is needed but after rebooting it still complains',
    restart,
    'windows',
  ),
  c(
    'symptom',
    'PC client setup quits straight away and says the required updates are not installed on this machine',
    prerequisites,
    'windows',
  ),
  c(
    'symptom',
    'Our trial account got suspended and the installer now drops the connection to the service',
    suspended,
    'windows',
  ),
  c(
    'symptom',
    'the installer we downloaded months ago won’t enroll new PCs anymore, looks like the package is too old',
    outdatedPackage,
    'windows',
  ),
  // English near misses
  c('near-miss', 'Kandji ADE: iPhones stuck on the login screen after Remote Management', [], 'ios'),
  c('near-miss', 'Intune app protection: Outlook keeps saying my org needs to protect data', [], 'ios'),
  c('near-miss', 'AADSTS50076 when signing in to Company Portal on a Windows laptop', []),
  c('near-miss', 'GlobalProtect says too many devices registered for my account', []),
  // Swedish symptoms
  c(
    'symptom',
    'Vi skapade registreringsprofilen innan vi laddade upp ADE-token, och nu startar registreringen aldrig på de nya iPhonarna',
    adeStart,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'iPaden hänger sig efter att man angett användarnamn och lösenord i installationsassistenten, MFA krävs för alla',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'ADE-enheterna kan inte nå Apple från vårt nätverk och registreringen misslyckas, via mobildata går det bra',
    xpc,
    'ios',
    'sv',
  ),
  c('symptom', 'APNs-certifikatet i Intune är ogiltigt, inga iPads kan registreras längre', apns, null, 'sv'),
  c('symptom', 'Användaren har redan 15 enheter och kan inte registrera en till', deviceCap, null, 'sv'),
  c(
    'symptom',
    'Nyanställda saknar Intune-licens så deras iPhones går inte att registrera',
    iosLicense,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Användarna måste skriva in serveradressen för hand när de registrerar, vi har ingen CNAME-post i DNS',
    [pifServer],
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Företagsportalen på iPaden är gammal och visar ett fel om att den är tillfälligt otillgänglig',
    portalApp,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Samsung-mobilerna tappar kontakten med Intune, Smart Manager stänger av Företagsportalen i bakgrunden',
    [samsung],
    'android',
    'sv',
  ),
  c(
    'symptom',
    'Profilinstallationen misslyckas på Android, Chrome är inte standardwebbläsare',
    [pifAndroid],
    'android',
    'sv',
  ),
  c(
    'symptom',
    'Användare med UPN i vår andra domän kan inte logga in i portalen sedan vi lade till den i ADFS',
    [domains],
    null,
    'sv',
  ),
  c(
    'symptom',
    'Mobiler försvinner från enhetssamlingen i Configuration Manager fast de fortfarande har hanteringsprofilen',
    disappear,
    null,
    'sv',
  ),
  c(
    'symptom',
    'Intune-klienten kan inte installeras, Windows-versionen på datorn stöds inte',
    oldWindows,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Installationen av PC-klienten avbryts, ett anpassat steg kan inte köra VBScript',
    vbscript,
    'windows',
    'sv',
  ),
  // Swedish near misses
  c('near-miss', 'Profilen installeras inte på min iMac', [], null, 'sv'),
  c(
    'near-miss',
    'Hur sätter jag en gräns för hur många enheter en användare får registrera?',
    [],
    null,
    'sv',
  ),
  // French symptoms
  c(
    'symptom',
    "On a créé le profil d'inscription avant de charger le jeton ADE, depuis les iPhone ne lancent jamais l'inscription Intune",
    adeStart,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "iPad ADE : après avoir tapé son mot de passe l'utilisateur reste bloqué sur l'écran de connexion, on impose la MFA",
    adeLogin,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "nos appareils ADE n'arrivent pas à joindre les serveurs d'Apple depuis le réseau de l'école, l'inscription échoue",
    xpc,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "le certificat MDM push d'Apple n'a jamais été configuré dans Intune et aucun iPhone ne s'inscrit",
    apns,
    null,
    'fr',
  ),
  c(
    'symptom',
    "ma collègue a trop d'appareils inscrits, elle ne peut plus en ajouter un nouveau",
    deviceCap,
    null,
    'fr',
  ),
  c(
    'symptom',
    "les iPhone personnels n'arrivent pas à s'inscrire, notre locataire n'autorise que les appareils appartenant à l'entreprise",
    [pifServer],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "un ancien profil de gestion est resté sur l'iPad et l'inscription échoue",
    iosOldProfile,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "le Portail d'entreprise sur iPhone est corrompu ou trop ancien, il affiche une erreur à chaque ouverture",
    portalApp,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    "les téléphones Android affichent qu'il manque un certificat requis quand ils se connectent via AD FS",
    androidCert,
    'android',
    'fr',
  ),
  c(
    'symptom',
    "le nom de notre société contient une esperluette et on ne peut ni créer de stratégie ni inscrire d'appareil",
    [specialChars],
    null,
    'fr',
  ),
  c(
    'symptom',
    "l'autorité MDM n'a jamais été définie, les utilisateurs reçoivent une erreur en inscrivant leur téléphone",
    authority,
    null,
    'fr',
  ),
  c(
    'symptom',
    "des PC clonés depuis un master déjà inscrit refusent l'inscription, ils se disent déjà inscrits",
    alreadyEnrolled,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    "le client Intune ne s'installe pas, l'heure et le fuseau horaire du poste sont faux",
    clock,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    "l'installation du client ne trouve pas le fichier de certificat, j'avais déplacé l'exécutable dans un autre dossier",
    certFile,
    'windows',
    'fr',
  ),
  // French near misses
  c('near-miss', 'Intune sur Mac : échec de l’installation du profil sous macOS Ventura', [], null, 'fr'),
  c('near-miss', 'comment bloquer l’inscription des appareils personnels dans Intune ?', [], null, 'fr'),
  // Simplified Chinese symptoms
  c(
    'symptom',
    '我们先建了注册配置文件才上传 ADE 令牌，现在新 iPhone 开机不会进入注册流程',
    adeStart,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '自动设备注册的 iPad 输入用户名和密码后一直卡在那里，公司强制多重身份验证',
    adeLogin,
    'ios',
    'zh-CN',
  ),
  c('symptom', '在学校网络下 ADE 设备连不上苹果服务器，注册失败', xpc, 'ios', 'zh-CN'),
  c('symptom', 'Intune 里的 APNs 证书无效，iPad 都注册不了', apns, null, 'zh-CN'),
  c('symptom', '这个用户注册设备的数量超过了限制，新平板加不进去', deviceCap, null, 'zh-CN'),
  c('symptom', '新员工没有分配 Intune 许可证，iPhone 注册失败', iosLicense, 'ios', 'zh-CN'),
  c('symptom', '没有配置 CNAME 记录，用户注册 iPhone 时要手动输入服务器地址', [pifServer], 'ios', 'zh-CN'),
  c('symptom', 'iPad 安装描述文件时一直提示网络错误，恢复系统后再试', [pifNetwork], 'ios', 'zh-CN'),
  c(
    'symptom',
    '三星平板被智能管理器限制了公司门户，设备在控制台里显示运行状况不佳',
    [samsung],
    'android',
    'zh-CN',
  ),
  c(
    'symptom',
    '安卓手机安装配置文件失败，默认浏览器不是 Chrome，Cookie 也关了',
    [pifAndroid],
    'android',
    'zh-CN',
  ),
  c(
    'symptom',
    'iOS 设备注册成功了但在 Configuration Manager 控制台里看不到',
    [hybridConsole],
    'ios',
    'zh-CN',
  ),
  c('symptom', '公司网络通过代理上网，电脑上的 Intune 客户端连不上服务', proxy, 'windows', 'zh-CN'),
  c('symptom', '账户的席位已经用完了，新电脑无法注册', seats, 'windows', 'zh-CN'),
  c('symptom', '这台电脑之前被停用了，现在重新安装客户端失败', retired, 'windows', 'zh-CN'),
  // Simplified Chinese near misses
  c('near-miss', 'Workspace ONE 里 iPad 跳过了远程管理', [], 'ios', 'zh-CN'),
  c('near-miss', '如何限制每个用户最多注册几台设备？', [], null, 'zh-CN'),
];
