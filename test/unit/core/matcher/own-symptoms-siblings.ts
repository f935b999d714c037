import {
  alreadyEnrolled,
  apns,
  authority,
  type Case,
  c,
  capOnIos,
  certFile,
  deviceCap,
  generalCap,
  generalPortal,
  hybridConsole,
  iosLicense,
  iosOldProfile,
  maintenance,
  oldPortal,
  oldWindows,
  outdatedPackage,
  pifAndroid,
  pifIos,
  pifNetwork,
  pifServer,
  retired,
  seats,
} from './held-out-labels.ts';

/**
 * Siblings that share a message or a cause, told apart by what the text says happened: the "Profile
 * installation failed" cards and the cause each iOS card names, the iOS and the general device cap and
 * Company Portal cards, the two "already enrolled" PCs and the other client codes by what the admin saw,
 * the APNs cards against the ADE and Configuration Manager cards. Written from the articles alone, in
 * four languages, before the ranking between siblings was changed; a development check like the sets
 * beside it, not a held-out batch.
 */
const s = (text: string, expect: string[], locale: Case['locale'] = 'en') =>
  c('symptom', text, expect, null, locale);

const adeStart = ['ios/ade-enrollment-doesnt-start'];
const adeStuck = ['ios/ade-enrollment-stuck-at-user-login'];
const xpc = ['ios/xpc_type_error-connection-invalid'];
const suspended = 'general/error-code-0x80cf0440';
const deleted = 'general/error-code-0x80043003';

export const ownSiblingCases: Case[] = [
  // "Profile installation failed" and the cause a sibling card names: personal devices blocked.
  s('Profile installation failed on the iPhones people bring from home, the company-bought ones enroll', [
    pifServer,
  ]),
  s(
    'Profilinstallationen misslyckas på de anställdas privata iPhones, bara företagsägda enheter går igenom',
    [pifServer],
    'sv',
  ),
  s(
    '« Échec de l’installation du profil » sur les iPad personnels des employés ; ceux achetés par l’entreprise s’inscrivent',
    [pifServer],
    'fr',
  ),
  s('员工自己的 iPhone 提示描述文件安装失败，公司配的 iPhone 都能注册', [pifServer], 'zh-CN'),
  // …a device from another user who was not removed.
  s(
    'profile installation failed on an iPad we took back from someone who left, his account is still on it in Intune',
    [pifServer],
  ),
  s(
    'l’installation du profil échoue sur un iPhone récupéré d’un ancien collègue, l’ancien utilisateur n’a pas été retiré d’Intune',
    [pifServer],
    'fr',
  ),
  // …no enrollment CNAME, the server name typed by hand.
  s(
    'profile install fails on the iPhone, our DNS has no EnterpriseEnrollment record so it asks for the server name',
    [pifServer],
  ),
  s(
    'l’installation du profil échoue, il n’y a pas d’enregistrement CNAME pour l’inscription dans notre DNS',
    [pifServer],
    'fr',
  ),
  // …another MDM provider or a management profile already there.
  s('Profile installation failed, the iPhone is still enrolled in the MDM we used before', iosOldProfile),
  s('描述文件安装失败，这台 iPad 还在之前那家 MDM 里管理着', iosOldProfile, 'zh-CN'),
  s(
    'Profilinstallationen misslyckades, iPaden har fortfarande en hanteringsprofil installerad',
    iosOldProfile,
    'sv',
  ),
  // …no Intune licence.
  s('profile installation failed on the iPhone, the user was never given an Intune license', iosLicense),
  s('profilen går inte att installera på iPhonen, användaren saknar Intune-licens', iosLicense, 'sv'),
  // …Safari and its cookies (the general iOS card).
  s('profile installation failed on the iPhone, Safari is not the default browser, she uses Chrome', [
    pifIos,
  ]),
  s('iPhone 描述文件安装失败，Safari 里禁用了 Cookie', [pifIos, pifServer], 'zh-CN'),
  // …an unspecified problem with iOS: restore the device.
  s(
    'one iPhone gets a network error installing the profile though its wifi is fine, do we have to wipe it and set it up as new?',
    [pifNetwork, pifIos],
  ),
  s(
    'bara den här iPaden får ett nätverksfel när profilen installeras, ska vi återställa den i återställningsläge?',
    [pifNetwork, pifIos],
    'sv',
  ),
  // The Android card: licence, other MDM, Chrome and cookies.
  s('Profile installation failed on the Android phone, Chrome is not its default browser', [pifAndroid]),
  s(
    'échec de l’installation du profil sur un téléphone Android, l’utilisateur n’a pas de licence',
    [pifAndroid],
    'fr',
  ),
  s('安卓平板上描述文件安装失败，之前被别的 MDM 管理过', [pifAndroid], 'zh-CN'),
  s(
    'profilinstallationen misslyckas på Android-telefonen, cookies är avstängda i Chrome',
    [pifAndroid],
    'sv',
  ),

  // Device cap: the iOS card (Company Portal error on an iPhone) and the general card (every platform).
  s(
    'Company Portal on the iPhone says temporarily unavailable, and the user already has 15 devices enrolled',
    capOnIos,
  ),
  s(
    'sur l’iPhone le Portail d’entreprise est temporairement indisponible, l’utilisateur a atteint la limite d’appareils',
    capOnIos,
    'fr',
  ),
  s('the Configuration Manager downloader log says the user hit the device cap', generalCap),
  s(
    'Android-surfplattan går inte att registrera, användaren har redan maximalt antal enheter',
    generalCap,
    'sv',
  ),
  s('安卓手机注册不了，这个用户名下已经登记了 15 台设备', generalCap, 'zh-CN'),
  s(
    'our device enrollment manager account stopped enrolling phones once the conditional access policy covered it',
    generalCap,
  ),
  s(
    'l’utilisateur voit dans le portail Intune des appareils absents de la console d’administration, et il ne peut plus inscrire son iPad',
    deviceCap,
    'fr',
  ),

  // Company Portal Temporarily Unavailable: sign-in, network and credentials (general) or an old app (iOS).
  s(
    'Company Portal temporarily unavailable on an Android phone, logging in at portal.manage.microsoft.com in the browser fails too',
    generalPortal,
  ),
  s(
    'Företagsportalen är tillfälligt otillgänglig, användarens inloggningsuppgifter har inte synkroniserats till Azure AD',
    generalPortal,
    'sv',
  ),
  s('安卓手机上公司门户暂时不可用，用户换了个网络也不行', generalPortal, 'zh-CN'),
  s('the iPhone’s Company Portal app says temporarily unavailable, it is a very old version', oldPortal),
  s(
    'le Portail d’entreprise de l’iPad affiche « temporairement indisponible », l’application est peut-être corrompue',
    oldPortal,
    'fr',
  ),
  s('iPhone 上公司门户应用版本太旧，加入工作区失败', oldPortal, 'zh-CN'),
  s('Workplace Join misslyckas på iPhonen tills vi installerar om Företagsportalen', oldPortal, 'sv'),

  // The two "already enrolled" PCs, and the other client codes by what the admin saw.
  s(
    'the PC says it is already enrolled, it was enrolled under another account before and that account’s certificate is still on it',
    alreadyEnrolled,
  ),
  s('这台电脑提示已经注册过了，它是用以前注册过的电脑克隆出来的', alreadyEnrolled, 'zh-CN'),
  s(
    'klientdatorn är redan registrerad i tjänsten, måste vi ta den ur bruk innan vi registrerar den igen?',
    alreadyEnrolled,
    'sv',
  ),
  s(
    'le PC a été mis hors service dans la console il y a une heure et la réinstallation du client échoue',
    retired,
    'fr',
  ),
  s(
    'after retiring the laptop we reinstalled the client right away and it will not go through, should we wait a few hours?',
    retired,
  ),
  s('we bought 50 PC seats and the 51st computer cannot be enrolled', seats),
  s('vi har slut på platser i kontot och fler datorer kan inte registreras', seats, 'sv'),
  s('电脑装 Intune 客户端提示找不到证书文件，安装程序被单独拷出来了', certFile, 'zh-CN'),
  s(
    'le programme d’installation du client a été déplacé hors du dossier extrait et l’installation échoue',
    certFile,
    'fr',
  ),
  s(
    'the client package I downloaded last year will not enroll new PCs, do I need the current one from the Administration workspace?',
    outdatedPackage,
  ),
  s('客户端安装包过期了，是不是要从管理工作区重新下载', outdatedPackage, 'zh-CN'),
  s(
    'klientprogrammet går inte att installera på Windows Vista-datorerna, versionen stöds inte',
    oldWindows,
    'sv',
  ),
  s(
    'on ne peut pas inscrire de nouveaux postes tant que le compte est en mode maintenance',
    maintenance,
    'fr',
  ),
  s('our paid Intune account got suspended and the computers lose the connection to the service', [
    suspended,
    deleted,
  ]),
  s('vårt Intune-konto har tagits bort och datorerna går inte att registrera', [deleted, suspended], 'sv'),

  // The APNs cards against their neighbours: ADE, the connection to Apple, Configuration Manager.
  s(
    'the Apple push certificate for Intune expired over the weekend and now iPhones say the service is not supported',
    apns,
  ),
  s('APNs-certifikatet saknas i Intune och iPads kan inte registreras', apns, 'sv'),
  s(
    'nous avons remplacé le certificat APNs au lieu de le renouveler, faut-il réinscrire tous les iPhone ?',
    apns,
    'fr',
  ),
  s('苹果 MDM 推送证书没配置，iPhone 注册时提示不支持此服务', apns, 'zh-CN'),
  s('the Apple push cert was renewed with a different Apple ID and now no iPad enrolls', apns),
  s(
    'we set up the ADE profile first and added the enrollment program token afterwards, the iPads go straight past enrollment',
    adeStart,
  ),
  s(
    'les iPad ADE restent bloqués après la saisie du mot de passe, l’authentification multifacteur est activée',
    adeStuck,
    'fr',
  ),
  s(
    'iPhones från automatisk enhetsregistrering registreras inte på gästnätverket men fungerar via mobilnätet',
    xpc,
    'sv',
  ),
  s(
    '我们把 Intune 连接器注册到另一个账户以后，新注册的 iPhone 在配置管理器控制台里看不到了',
    [hybridConsole],
    'zh-CN',
  ),
  s(
    'iPhones enrolled through ConfigMgr do not show up, the APNs certificate was downloaded under another account',
    [hybridConsole],
  ),
  s('推送证书有问题，iPad 注册一直失败', apns, 'zh-CN'),
  s('nobody set the mobile device management authority and the iPhones cannot enroll', authority),
];
