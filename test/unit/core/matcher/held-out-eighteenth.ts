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
  pifIos,
  pifNetwork,
  pifServer,
  proxy,
  samsung,
  specialChars,
} from './held-out-labels.ts';

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeLogin = ['ios/ade-enrollment-stuck-at-user-login'];
const xpc = ['ios/xpc_type_error-connection-invalid'];
/** An out-of-date or damaged Company Portal on iOS: both of its documented errors, and the general card. */
const oldPortal = [...cptu, 'ios/workplace-join-failed'];
const androidCert = ['general/android-certificate-issues'];
const authority = ['general/mdm-authority-not-defined'];
const disappear = ['general/mobile-devices-disappear'];
const clock = ['general/error-code-0x80cf0437'];
const restart = ['general/error-code-0x8024d015'];
const prerequisites = ['general/error-code-0x80070032'];
const seats = ['general/error-code-0x80043006'];
const outdatedPackage = ['general/error-code-0x80043001'];
const maintenance = ['general/error-code-0x80043002'];
const retired = ['general/error-code-0x80043005'];
const certFile = ['general/error-code-0x80043007'];
const updatesService = ['general/error-code-0x80043008'];
const oldWindows = ['general/error-code-0x8004300b'];
const vbscript = ['general/error-code-0xab2'];
/** A lapsed subscription: the suspended-account and the deleted-account codes both describe it. */
const lapsed = ['general/error-code-0x80cf0440', 'general/error-code-0x80043003'];

/**
 * Eighteenth batch, written before the matcher changes it judges and scored once, as written.
 * Symptoms: what the admin or user sees, in their own words, with no error text quoted; near misses:
 * the same words where the articles do not apply (another OS, a how-to, an app's sign-in).
 */
export const eighteenthBatch: Case[] = [
  // English symptoms
  c(
    'symptom',
    'Got a pallet of new iPad 10s that our reseller assigned to our MDM server in ABM. Power on, language, wifi... and they land on the home screen like a personal device, there is never a remote management screen. Enrollment profile is assigned and set as default. The profile was made back when we were testing, before we re-uploaded the token, not sure if that matters',
    adeStart,
    'ios',
  ),
  c(
    'symptom',
    'ADE iphones: the user types their work email + password on the setup assistant sign in screen and then it just spins. left one on the desk overnight, still spinning in the morning. our conditional access wants an authenticator approval for every sign-in',
    adeLogin,
    'ios',
  ),
  c(
    'symptom',
    'supervised ipads from apple business manager fail during setup when they are on the warehouse wifi (it goes through a filtering firewall). the exact same devices on my phone hotspot go through setup and enroll without a problem',
    xpc,
    'ios',
  ),
  c(
    'symptom',
    'the Apple MDM push cert lapsed in march because the guy whose Apple ID it was left the company and nobody got the reminder mails. Android is fine but not a single iPhone can enroll now',
    apns,
    'ios',
  ),
  c(
    'symptom',
    'a colleague "fixed" the push certificate by creating a brand new one under his own apple id instead of renewing ours. since then the iphones we had stopped talking to intune and new ones fail to enroll',
    apns,
    'ios',
  ),
  c(
    'symptom',
    'Helpdesk ticket: sales manager went through a lot of test phones this year, and now her new Galaxy S24 will not enroll at all. when I look at her user she has about fifteen old devices still listed under her name',
    deviceCap,
    'android',
  ),
  c(
    'symptom',
    'we have app store updates blocked on our shared iPhone 8s, so the Company Portal on them is from 2019. enrollment now errors out right after the user signs in to the portal app. do I really have to reinstall it on every phone?',
    oldPortal,
    'ios',
  ),
  c(
    'symptom',
    'we moved our contractors to a cheaper M365 plan last month to save money. now when they try to enroll their iPhones the Company Portal refuses them and says their account is not allowed to use the service',
    iosLicense,
    'ios',
  ),
  c(
    'symptom',
    'Bought some refurbished iPads on eBay for the warehouse. Settings > General still shows a device management entry from some school district in Texas and our enrollment keeps failing on them',
    iosOldProfile,
    'ios',
  ),
  c(
    'symptom',
    'security team switched the enrollment restrictions so that only corporate devices are allowed, and since that day BYOD iPhones fail at the step where the management profile gets installed',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'our iOS users have to type enrollment.manage.microsoft.com in by hand, the portal does not find our server from their email domain. what did we miss in the setup?',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'iPad was handed down from a leaver to a new starter. the new starter gets through sign in but the profile install fails every time. the leaver is still in Intune as the owner of the device I think',
    [pifServer],
    'ios',
  ),
  c(
    'symptom',
    'enrollment on our iphones fails at the point where the profile should download. the users set chrome as the default browser and in safari "block all cookies" is switched on (some privacy guide told them to)',
    [pifIos, pifServer],
    'ios',
  ),
  c(
    'symptom',
    'one iPhone SE refuses to take the management profile. tried the office wifi, home wifi and 5G, reset network settings, rebooted, still the same, while other phones on the same networks enroll fine. do I have to restore it with recovery mode??',
    [pifNetwork, pifIos],
    'ios',
  ),
  c(
    'symptom',
    'the older Galaxy Tab As on Android 5.1 in our schools keep dropping out of compliance and show up as unhealthy in the console. If a kid opens Company Portal it checks in again, then a couple of days later the same thing',
    [samsung],
    'android',
  ),
  c(
    'symptom',
    'android enrollment dies in the browser part, the phones have samsung internet as the default browser with cookies turned off. the same user on an ipad has no trouble',
    [pifAndroid],
    'android',
  ),
  c(
    'symptom',
    'Android users get kicked out at the ADFS login page inside Company Portal, iPhone users on the same ADFS sign in fine. an online SSL checker says our chain is incomplete on the ADFS proxy',
    androidCert,
    'android',
  ),
  c(
    'symptom',
    'fresh trial tenant, nobody can enroll any device at all. I just realised I never chose Intune as the mobile device management authority anywhere, is that why?',
    authority,
  ),
  c(
    'symptom',
    'after the acquisition we added fabrikam.com to ADFS as a second domain. everyone @fabrikam.com cannot get into the company portal or enroll, people @contoso.com are fine',
    [domains],
  ),
  c(
    'symptom',
    'marketing renamed our organisation to "Smith & Sons" in the Office 365 organisation profile. Since then we cannot save a new policy and enrolling devices breaks too',
    [specialChars],
  ),
  c(
    'symptom',
    'we re-pointed the Intune connector in ConfigMgr to a new subscription. iphones still go through enrollment ok but they never appear in the SCCM console, and the phone itself does not look enrolled either',
    [hybridConsole],
    'ios',
  ),
  c(
    'symptom',
    'phones enroll through our ConfigMgr hybrid setup, show up in the mobile device collection, and a day later they are gone from it. management profile is still on the phone though',
    disappear,
  ),
  c(
    'symptom',
    'installing the PC client from an installer I downloaded from the admin console about a year ago fails on every machine, a colleague with a fresh download has no problem',
    outdatedPackage,
    'windows',
  ),
  c(
    'symptom',
    'I retired a laptop in the console this morning by mistake (wrong row...). now reinstalling the client on it fails. can I undo it or do I just wait?',
    retired,
    'windows',
  ),
  c(
    'symptom',
    'trying to put the Intune agent on an old Windows XP box in the lab for a demo, the installer refuses to run at all',
    oldWindows,
    'windows',
  ),
  c(
    'symptom',
    'the client MSI fails on our hardened PCs, the security baseline we applied disables VBScript completely',
    vbscript,
    'windows',
  ),
  // Swedish symptoms
  c(
    'symptom',
    'Hej! Nya iPads från ABM, kopplade till Intune-servern, men när man startar dom kommer aldrig steget med fjärrhantering utan de hamnar direkt på hemskärmen. Registreringsprofilen skapade vi innan vi laddade upp token',
    adeStart,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'DEP-iphones fastnar efter att användaren skrivit in lösenordet i installationsassistenten, bara ett snurrande hjul. Vi kräver MFA för alla inloggningar',
    adeLogin,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'push-certet från Apple förnyades aldrig eftersom apple-id:t tillhörde en konsult som slutat, nu går det inte att registrera en enda iphone i intune',
    apns,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'en av våra säljare kan inte lägga till sin nya telefon, hon har typ 15 gamla enheter kvar under sitt konto',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'symptom',
    'Vi flyttade timanställda till en annan M365-licens och nu nekar Företagsportalen dem när de försöker registrera sina iPhones',
    iosLicense,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'köpte begagnade ipads, under Inställningar > Allmänt finns fortfarande en enhetshanteringsprofil från förra ägaren och vår registrering går inte igenom',
    iosOldProfile,
    'ios',
    'sv',
  ),
  c(
    'symptom',
    'Samsung-plattor med Android 5 slutar synka med Intune efter några dagar och visas som ej felfria, öppnar man Företagsportalen så checkar de in igen',
    [samsung],
    'android',
    'sv',
  ),
  c(
    'symptom',
    'på Android kommer användarna inte in i Företagsportalen från hotellets wifi, det står att tjänsten inte går att nå just nu. Hemifrån funkar det',
    cptu,
    'android',
    'sv',
  ),
  c(
    'symptom',
    'BIOS-batteriet på några gamla datorer är slut så klockan står på år 2000, och Intune-klienten vägrar registrera dem',
    clock,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'datorerna på filialkontoret går ut via en proxy med inloggning och intune-agenten får ingen kontakt med tjänsten fast webben funkar för användarna',
    proxy,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'installationen av Intune-klienten misslyckas på datorer som precis fått Windows-uppdateringar men inte startats om än',
    restart,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'vi köpte platser för 200 datorer och nummer 201 går inte att lägga till i kontot',
    seats,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    'Android-telefoner som tidigare var registrerade i vår gamla MDM går inte att registrera i Intune, det stoppar vid profilsteget',
    [pifAndroid],
    'android',
    'sv',
  ),
  // French symptoms
  c(
    'symptom',
    'Bonjour, nos nouveaux iPad affectés à Intune dans Apple Business Manager démarrent comme des iPad perso, l’écran de gestion à distance ne s’affiche jamais. Le profil d’inscription a été créé avant l’import du jeton',
    adeStart,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'iphone en inscription automatique : après avoir saisi identifiant et mot de passe dans l’assistant de config ça tourne dans le vide. On a l’authentification multifacteur pour tout le monde',
    adeLogin,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'les iPad supervisés plantent pendant la configuration initiale sur le wifi de l’entrepôt (derrière un pare-feu filtrant), en partage de connexion 4G ils passent sans souci',
    xpc,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'le certificat push Apple était au nom d’un prestataire parti, il n’a pas été renouvelé et depuis aucun iPhone ne s’inscrit. Android ok',
    apns,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'un utilisateur ne peut plus ajouter de téléphone, il a déjà une quinzaine d’appareils à son nom dont la plupart n’existent plus',
    deviceCap,
    null,
    'fr',
  ),
  c(
    'symptom',
    'Portail d’entreprise super vieux sur les iPhone partagés (mises à jour App Store bloquées) et l’inscription plante juste après la connexion',
    oldPortal,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'depuis qu’on a restreint l’inscription aux appareils d’entreprise, les iPhone perso échouent au moment d’installer le profil de gestion',
    [pifServer],
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'les stagiaires n’ont pas de licence Intune et leurs iPhone se font refouler par le Portail d’entreprise',
    iosLicense,
    'ios',
    'fr',
  ),
  c(
    'symptom',
    'des Galaxy sous Android 5 arrêtent de remonter dans Intune au bout de quelques jours, état non sain dans la console, ça repart quand l’utilisateur ouvre le Portail',
    [samsung],
    'android',
    'fr',
  ),
  c(
    'symptom',
    'sur Android la connexion ADFS dans le Portail d’entreprise échoue alors que sur iPhone ça passe, il semble manquer un certificat intermédiaire sur le proxy ADFS',
    androidCert,
    'android',
    'fr',
  ),
  c(
    'symptom',
    'on a déployé les postes à partir d’un master cloné depuis un PC déjà inscrit, et les nouveaux PC prétendent être déjà dans Intune',
    alreadyEnrolled,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    'on a copié uniquement le .exe du client Intune sur le partage réseau, sans les autres fichiers extraits, et l’install échoue sur tous les postes',
    certFile,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    'notre essai Intune est arrivé à terme sans passer en payant et les PC inscrits ont perdu la connexion au service',
    lapsed,
    'windows',
    'fr',
  ),
  // Chinese symptoms
  c(
    'symptom',
    '新买的iPad已经在ABM里分配给Intune了，开机以后直接进主屏幕，根本没有远程管理那一步，注册配置文件是在上传令牌之前建的',
    adeStart,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    'DEP的iPhone在设置助理里输完账号密码就一直转圈，我们所有登录都要求MFA',
    adeLogin,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '苹果推送证书是用离职同事的AppleID申请的，过期了没续，现在iPhone一台都注册不进去，安卓正常',
    apns,
    'ios',
    'zh-CN',
  ),
  c('symptom', '用户说新手机加不进去了，一看他名下挂着十几台旧设备', deviceCap, null, 'zh-CN'),
  c(
    'symptom',
    '网上买的二手iPad，设置-通用里还有以前公司的设备管理描述文件，我们这边注册一直失败',
    iosOldProfile,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '外包人员的账号没有分配Intune许可证，用公司门户注册iPhone的时候被拒绝了',
    iosLicense,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    '安卓5.0的三星平板过几天就不签入了，控制台里显示状态不正常，用户手动打开公司门户之后又好了',
    [samsung],
    'android',
    'zh-CN',
  ),
  c(
    'symptom',
    '刚开通的试用租户，谁的设备都注册不了，我好像从来没有把移动设备管理机构设成Intune',
    authority,
    null,
    'zh-CN',
  ),
  c(
    'symptom',
    '这台电脑很久没打Windows补丁了，装Intune客户端的时候说缺少必备组件，装不上',
    prerequisites,
    'windows',
    'zh-CN',
  ),
  c(
    'symptom',
    '客户端装完以后它自带的那个更新服务在一台电脑上怎么都启动不起来',
    updatesService,
    'windows',
    'zh-CN',
  ),
  c(
    'symptom',
    '我们的Intune账户正在做服务升级维护，这段时间新电脑都加不进来',
    maintenance,
    'windows',
    'zh-CN',
  ),
  c(
    'symptom',
    '这台电脑以前注册过，没在控制台里停用就重装了客户端，现在重新注册一直失败',
    alreadyEnrolled,
    'windows',
    'zh-CN',
  ),
  // near misses: the same words where the articles do not apply
  c(
    'near-miss',
    'the Apple TVs in our meeting rooms are assigned to Intune in ABM but setup never shows the remote management screen',
    [],
  ),
  c(
    'near-miss',
    'our Chromebooks in Google Admin will not enroll, the console says we are out of upgrade licences',
    [],
  ),
  c('near-miss', 'Ubuntu laptops: the Intune app for Linux fails at sign-in when registering the device', []),
  c('near-miss', 'Apple Watch pairing fails on a supervised iPhone that is enrolled, any idea?', []),
  c(
    'near-miss',
    'how do I let our helpdesk account enroll 50 kiosk tablets without hitting the per-user limit? what is the recommended setup',
    [],
  ),
  c(
    'near-miss',
    'Mac-datorerna från ABM hoppar över fjärrhanteringssteget i inställningsassistenten, iPadsen funkar',
    [],
    null,
    'sv',
  ),
  c(
    'near-miss',
    'hur sätter man upp Knox Mobile Enrollment så att nya Samsung-telefoner registreras som företagsägda?',
    [],
    'android',
    'sv',
  ),
  c(
    'near-miss',
    'Authenticator på Android ger AADSTS50158 när användaren loggar in i Outlook',
    [],
    'android',
    'sv',
  ),
  c(
    'near-miss',
    'sur nos MacBook M2 l’inscription automatique reste bloquée après la saisie du mot de passe',
    [],
    null,
    'fr',
  ),
  c(
    'near-miss',
    'comment déployer le Portail d’entreprise sur des iPad partagés en mode multi-utilisateur ? bonne pratique ?',
    [],
    'ios',
    'fr',
  ),
  c('near-miss', '手机版Teams提示此应用未设置，是不是应用保护策略的问题', [], null, 'zh-CN'),
  c('near-miss', '我们的Mac电脑自动设备注册的时候卡在远程管理界面', [], null, 'zh-CN'),
];
