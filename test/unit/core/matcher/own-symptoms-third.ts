import {
  adeLogin,
  adeStart,
  alreadyEnrolled,
  androidCert,
  apns,
  authority,
  type Case,
  c,
  certFile,
  clock,
  deviceCap,
  disappear,
  domains,
  hybridConsole,
  iosLicense,
  iosOldProfile,
  lapsed,
  oldPortal,
  oldWindows,
  pifServer,
  restart,
  retired,
  samsung,
  seats,
  specialChars,
  xpc,
} from './held-out-labels.ts';

/**
 * A third check set of symptoms in people's own words, written from the articles' cause and issue
 * sentences before the scoring and confidence changes it judges, and scored once before them: 40
 * descriptions with no error text (16 en, 8 sv, 8 fr, 8 zh-CN) and 10 near misses (another MDM, macOS,
 * app protection, Entra sign-in, another product's device limit, how-to questions, chat that reports no
 * failure).
 */
const s = (text: string, expect: string[], locale: Case['locale'], platform: Case['platform'] = null) =>
  c('symptom', text, expect, platform, locale);
const n = (text: string, locale: Case['locale'], platform: Case['platform'] = null) =>
  c('near-miss', text, [], platform, locale);

export const ownSymptomCasesThird: Case[] = [
  // English
  s(
    'our iPhones all stopped enrolling this week. turns out the Apple cert we uploaded to Intune last year ran out and nobody saw the reminder mail',
    apns,
    'en',
    'ios',
  ),
  s(
    'Brand new iPads assigned to us in Apple Business Manager boot into the normal setup assistant and Intune never kicks in. We built the enrollment profile first and only added the token afterwards.',
    adeStart,
    'en',
    'ios',
  ),
  s(
    'after the user types her password during setup the iPad just sits there spinning forever. we require the Authenticator prompt for every sign-in',
    adeLogin,
    'en',
    'ios',
  ),
  s(
    'our ADE iPhones fail during setup on the office wifi but the exact same phones enroll fine on a hotspot',
    xpc,
    'en',
    'ios',
  ),
  s(
    'some Galaxy phones quit syncing with Intune after a day or two unless the user opens Company Portal by hand',
    [samsung],
    'en',
    'android',
  ),
  s(
    'On Android the federated sign-in page loads, they type the password and then the portal complains about something certificate related. iPhones are fine with the same ADFS login.',
    androidCert,
    'en',
    'android',
  ),
  s(
    'Windows laptop refuses to enroll; it was built from the same image as a PC that is already in the service',
    alreadyEnrolled,
    'en',
    'windows',
  ),
  s(
    'trying to put the Intune PC agent on a laptop that sat in a drawer for months, its time is two days off and enrollment refuses',
    clock,
    'en',
    'windows',
  ),
  s(
    'we bought 50 licences for the PC client and the 51st laptop just will not go in',
    seats,
    'en',
    'windows',
  ),
  s(
    'the client installer dies straight away, the user copied only the msi out of the zip onto her desktop',
    certFile,
    'en',
    'windows',
  ),
  s('our trial ran out over the holidays and now no computer can enroll', lapsed, 'en', 'windows'),
  s(
    'Nobody in the tenant can enroll anything. I think whoever set up the subscription never chose what manages the mobile devices.',
    authority,
    'en',
  ),
  s(
    'users whose email is on our second domain, the one we added to AD FS last month, cannot log in to the portal. the original domain works',
    [domains],
    'en',
  ),
  s(
    'phones that enrolled fine vanish from the device collection in Configuration Manager a day later, though the phone still has the profile',
    disappear,
    'en',
  ),
  s(
    'user says her iPhone enrolled OK but nothing shows up in the SCCM console. we moved the Intune connector to a new subscription last week',
    [hybridConsole],
    'en',
    'ios',
  ),
  s(
    'employees trying to enroll their own personal iPhones fail at the profile step, the company-owned ones go through',
    [pifServer],
    'en',
    'ios',
  ),
  // Swedish
  s(
    'ADE-iPadsen går igenom installationsassistenten som vanliga privata enheter, ingen fjärrhantering dyker upp',
    adeStart,
    'sv',
    'ios',
  ),
  s(
    'Användaren har redan femton enheter registrerade och nu går det inte att lägga till hennes nya telefon',
    deviceCap,
    'sv',
  ),
  s(
    'Efter att vi förnyade Apple-certifikatet med ett annat Apple-ID kan inga iPhones registreras längre',
    apns,
    'sv',
    'ios',
  ),
  s('Klockan på datorn går fel och registreringen av Intune-klienten misslyckas', clock, 'sv', 'windows'),
  s(
    'Samsung-telefonerna slutar checka in efter några dagar, Smart Manager verkar stänga av Företagsportalen',
    [samsung],
    'sv',
    'android',
  ),
  s(
    'Konsultens iPhone går inte att registrera, han har bara en Exchange-licens och ingen för Intune',
    iosLicense,
    'sv',
    'ios',
  ),
  s('Vi har nått gränsen för hur många datorer vårt konto får registrera', seats, 'sv', 'windows'),
  s(
    'Installationen av klientprogrammet stoppar eftersom datorn väntar på en omstart',
    restart,
    'sv',
    'windows',
  ),
  // French
  s(
    "Les iPhone restent bloqués après la saisie du mot de passe pendant la configuration ADE ; on a activé l'authentification multifacteur pour tout le monde",
    adeLogin,
    'fr',
    'ios',
  ),
  s(
    "Impossible d'installer le client Intune sur un vieux PC sous Windows XP, le programme refuse de se lancer",
    oldWindows,
    'fr',
    'windows',
  ),
  s(
    "Depuis que notre abonnement d'essai a expiré, plus aucun ordinateur ne peut s'inscrire",
    lapsed,
    'fr',
    'windows',
  ),
  s(
    "L'application Portail d'entreprise sur l'iPad de l'utilisateur est très ancienne et plante dès l'ouverture",
    oldPortal,
    'fr',
    'ios',
  ),
  s(
    'Les téléphones Android se plaignent d’un certificat quand les utilisateurs se connectent via ADFS',
    androidCert,
    'fr',
    'android',
  ),
  s(
    "Un utilisateur n'arrive plus à inscrire son nouveau téléphone : il a déjà beaucoup trop d'appareils à son nom",
    deviceCap,
    'fr',
  ),
  s(
    "Nos utilisateurs doivent taper à la main l'adresse du serveur MDM sur leur iPhone, et l'inscription échoue ensuite",
    [pifServer],
    'fr',
    'ios',
  ),
  s(
    "Le PC a été mis hors service dans la console hier et aujourd'hui il refuse de se réinscrire",
    retired,
    'fr',
    'windows',
  ),
  // Chinese
  s('苹果推送证书过期了，现在新的 iPad 都注册不了', apns, 'zh-CN', 'ios'),
  s(
    '用户在公司门户里登录后提示他的账号没有权限使用 Intune，我们只给他分配了 Office 的许可证',
    iosLicense,
    'zh-CN',
    'ios',
  ),
  s(
    'ADE 设备开机后根本没有进入 Intune 注册流程，我们是先建的注册配置文件，后上传的令牌',
    adeStart,
    'zh-CN',
    'ios',
  ),
  s('电脑的时间和时区不对，安装 Intune 客户端的时候注册失败', clock, 'zh-CN', 'windows'),
  s('用户只把安装程序拷到了桌面，其他解压出来的文件没拷，安装就失败了', certFile, 'zh-CN', 'windows'),
  s('三星手机过几天就不再同步策略了，控制台里显示不正常', [samsung], 'zh-CN', 'android'),
  s('公司名称里有个 & 符号，结果既不能建策略也不能注册设备', [specialChars], 'zh-CN'),
  s('二手 iPhone 上还留着以前那家 MDM 的管理描述文件，注册一直失败', iosOldProfile, 'zh-CN', 'ios'),
  // Near misses
  n('How do I raise the device enrollment limit for the helpdesk team to 20?', 'en'),
  n('Our Macs will not take the MDM profile from Jamf since the Sonoma update', 'en'),
  n('users get AADSTS50076 when they sign in to Outlook on the iPhone', 'en', 'ios'),
  n('Can we stop personal Android phones from enrolling at all?', 'en', 'android'),
  n(
    "the Teams app on the iPad keeps saying it is checking the organisation's data access requirements",
    'en',
    'ios',
  ),
  n('just rolled out 200 iPads with Intune this morning and all went fine, thanks everyone', 'en', 'ios'),
  n('Hur ställer jag in registreringsbegränsningar för iOS?', 'sv'),
  n('Nos Chromebook ne s’inscrivent pas dans la console Google Admin', 'fr'),
  n('我们的 Mac 电脑用 Kandji 管理，配置描述文件安装失败', 'zh-CN'),
  n('Our VPN client says this user has too many devices registered', 'en'),
];
