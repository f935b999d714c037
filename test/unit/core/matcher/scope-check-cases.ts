import {
  type Case,
  c,
  clock,
  cptu,
  deviceCap,
  generalPortal,
  iosLicense,
  iosOldProfile,
  pifAndroid,
  retired,
  userName,
} from './held-out-labels.ts';

/**
 * Forum-style posts written from the articles to check the reading of context before it was changed, in the
 * four languages: another product's sign-in prompt, crash or device limit, an unknown product that reports
 * a documented message, a system the devices moved to, how-to questions and chat lines (`near-miss`: never
 * answered confidently); and posts in scope that name the MDM the devices came from, a person relaying a
 * message, a relative time beside a retired PC, or a platform that picks one card of a family (answered
 * with their entry).
 */
export const checkNearMisses: Case[] = [
  // Another product's sign-in prompt or crash.
  c(
    'near-miss',
    'Since Monday Teams on my work iPhone asks me to sign in again every single morning. I type the password, approve in Authenticator, next day same thing. Anyone else?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Outlook for iOS crashes the moment I open a calendar invite, reinstalled twice already',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Zoom keeps crashing on our Android meeting-room tablets since the last update, they just close on launch',
    [],
    'android',
  ),
  c(
    'near-miss',
    'Slack on the iPad logs me out every day and asks for the workspace URL again. Is this a known bug?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Teams-appen på min jobb-iPhone kraschar direkt när jag öppnar den sedan uppdateringen i fredags',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Outlook ber mig logga in igen flera gånger om dagen på tjänstetelefonen, väldigt irriterande',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    "L'application Outlook me redemande sans arrêt de me connecter sur mon téléphone pro, même après réinstallation",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Depuis la mise à jour, Zoom plante au lancement sur nos tablettes Android de salle de réunion',
    [],
    'android',
    'fr',
  ),
  c('near-miss', '更新以后 Teams 在 iPhone 上一打开就闪退，重装也没用', [], 'ios', 'zh-CN'),
  c('near-miss', '手机上的 Outlook 每天都提示我重新登录，输完密码第二天又要登录', [], null, 'zh-CN'),
  // Other products' device limits.
  c(
    'near-miss',
    "Microsoft 365 Personal tells me I'm signed in on the maximum number of devices when I open Word on my new laptop",
    [],
  ),
  c(
    'near-miss',
    'Spotify säger att jag är inloggad på för många enheter, hur loggar jag ut de gamla?',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    "Salto m'indique que le nombre maximal d'appareils est atteint sur mon compte",
    [],
    null,
    'fr',
  ),
  c('near-miss', '微信提示这个账号登录的设备太多了，要先退出其他设备', [], null, 'zh-CN'),
  // An unknown product named before a documented message, nothing of Intune named.
  c('near-miss', 'Quandor says "Device Cap Reached" when I try to add my third laptop to the licence', []),
  c('near-miss', 'Brovik säger Device Cap Reached när jag lägger till surfplattan', [], null, 'sv'),
  c('near-miss', 'Veltrane indique « Device Cap Reached » quand j’ajoute mon téléphone', [], null, 'fr'),
  c('near-miss', 'Kelvra 提示 Device Cap Reached，加不了新手机', [], null, 'zh-CN'),
  // The devices moved to another system: that system is where the failure is.
  c(
    'near-miss',
    'We switched the iPads to Jamf over the summer and now every re-enrollment shows Profile Installation Failed. Jamf support is slow, any ideas?',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Vi har bytt till Jamf och nu får iPadsen "Profile Installation Failed" vid varje registrering',
    [],
    'ios',
    'sv',
  ),
  c('near-miss', '我们换成 Jamf 以后，iPad 注册时一直提示 Profile Installation Failed', [], 'ios', 'zh-CN'),
  // macOS, how-to questions, chat lines.
  c(
    'near-miss',
    "Sur macOS Sequoia, l'inscription par le Portail d'entreprise échoue avec « Profile installation failed » sur nos MacBook",
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'Is there a way to see which Apple ID created the push certificate before it runs out? The guy who set it up is gone.',
    [],
  ),
  c('near-miss', 'Hur gör vi för att begränsa antalet enheter per användare i Intune?', [], null, 'sv'),
  c('near-miss', "Comment limiter le nombre d'appareils qu'un utilisateur peut inscrire ?", [], null, 'fr'),
  c('near-miss', '怎么限制每个用户可以注册的设备数量？', [], null, 'zh-CN'),
  c('near-miss', 'all good now, the new iPads went through enrollment after I re-uploaded the token 👍', []),
  c('near-miss', 'klart, surfplattan registrerade sig efter att jag tog bort den gamla', [], null, 'sv'),
  c(
    'near-miss',
    "c'est réglé, le téléphone s'est inscrit après que j'ai supprimé l'ancien appareil",
    [],
    null,
    'fr',
  ),
  c('near-miss', '搞定了，删掉旧平板以后新手机注册成功了', [], null, 'zh-CN'),
];

export const checkInScope: Case[] = [
  // The MDM the devices came from is background.
  c(
    'exact',
    'We moved off Hexnode last month. One user now gets "Device Cap Reached" in Company Portal on her new iPhone.',
    deviceCap,
    'ios',
  ),
  c(
    'exact',
    'Vi lämnade MobileIron i våras. Nu får en användare "Device Cap Reached" på sin nya iPad.',
    deviceCap,
    'ios',
    'sv',
  ),
  c(
    'exact',
    "On vient de quitter Workspace ONE. Sur un iPhone, le Portail d'entreprise affiche « Device Cap Reached ».",
    deviceCap,
    'ios',
    'fr',
  ),
  c(
    'exact',
    '我们上个月从 Kandji 迁过来，现在一个用户的新 iPhone 提示 Device Cap Reached',
    deviceCap,
    'ios',
    'zh-CN',
  ),
  c(
    'exact',
    'Migrated from AirWatch in the spring. A few iPhone users now get "User Name Not Recognized" in the Company Portal.',
    [userName],
    'ios',
  ),
  // A relative time beside a retired PC is no clock problem; a clock behind is.
  c(
    'symptom',
    'Retired the Surface in the console about an hour ago by mistake, and now putting the Intune client back on it fails',
    retired,
    'windows',
  ),
  c(
    'symptom',
    'Datorn pensionerades i konsolen för en timme sedan av misstag och nu går det inte att installera klienten igen',
    retired,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    "J'ai mis le portable hors service dans la console il y a deux heures par erreur, et maintenant la réinstallation du client échoue",
    retired,
    'windows',
    'fr',
  ),
  c('symptom', '一小时前在控制台里把这台电脑停用了，现在重新装客户端一直失败', retired, 'windows', 'zh-CN'),
  c(
    'symptom',
    'the laptop clock is an hour behind and the Intune client enrollment fails every time',
    clock,
    'windows',
  ),
  // A person relays what a device shows.
  c(
    'partial',
    'Anders from sales says his new iPhone shows User Name Not Recognized when he signs in to Company Portal',
    [userName],
    'ios',
  ),
  // The platform picks the card of a family.
  c(
    'exact',
    'Samsung tablet, Company Portal enrollment ends with "Profile installation failed". Other tablets fine.',
    [pifAndroid],
    'android',
  ),
  c(
    'exact',
    'Android-telefonen visar "Company Portal Temporarily Unavailable" när användaren öppnar appen',
    generalPortal,
    'android',
    'sv',
  ),
  c(
    'symptom',
    "Profile Installation Failed sur l'iPhone d'une nouvelle recrue : il avait encore le profil de gestion de son ancien employeur",
    iosOldProfile,
    'ios',
    'fr',
  ),
  c(
    'exact',
    '用户的 iPhone 上公司门户显示 Company Portal Temporarily Unavailable，重装也不行',
    cptu,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    'iPhone enrollment ends with Profile Installation Failed, and the user has no Intune licence assigned yet',
    iosLicense,
    'ios',
  ),
];
