import {
  alreadyEnrolled,
  type Case,
  c,
  clock,
  cptu,
  deviceCap,
  iosLicense,
  pifNetwork,
  userName,
} from './held-out-labels.ts';

/**
 * Posts written from the articles and from how people write in public forums and chats, to check the
 * reading of a text's context: a consumer service that "says" a device limit, a count of enrolled devices
 * (the device cap, not the Windows "already enrolled" cards), a chat line that says what someone did or
 * that it works now, a general question or how-to. `near-miss` ones must not be answered confidently;
 * the others must be answered with their entry.
 */
export const contextNearMisses: Case[] = [
  // Consumer services that report their own device limit, named before a verb of speech.
  c('near-miss', "Plex says I've hit the device limit on my account, how do I remove old ones?", []),
  c('near-miss', 'Crunchyroll says device limit reached on my iPhone', []),
  c('near-miss', 'Steam says my account has too many devices authorized', []),
  c('near-miss', 'Tidal tells me the device limit is reached when I add my new phone', []),
  c('near-miss', 'Netflix säger att jag har nått gränsen för antal enheter', [], null, 'sv'),
  c('near-miss', 'Storytel säger att för många enheter är registrerade på kontot', [], null, 'sv'),
  c('near-miss', "Deezer dit que le nombre maximal d'appareils est atteint", [], null, 'fr'),
  c('near-miss', "Molotov dit que j'ai trop d'appareils inscrits", [], null, 'fr'),
  c('near-miss', '腾讯视频说设备数量达到上限', [], null, 'zh-CN'),
  c('near-miss', 'HBO Max shows too many devices on my iPad', []),
  // Chat lines: what someone did, or that it works now, with no failure reported.
  c('near-miss', 'I deleted an old device', []),
  c('near-miss', 'ok it works now after I removed the old phone', []),
  c('near-miss', 'thanks, I retired the old laptop in the console and the new one enrolled fine', []),
  c('near-miss', 'done, I renewed the push certificate', []),
  c('near-miss', 'I just wiped the iPad and enrolled it again, that did it', []),
  c('near-miss', 'I assigned the user an Intune licence', []),
  c('near-miss', 'jag tog bort en gammal enhet', [], null, 'sv'),
  c('near-miss', 'tack, nu funkar det efter att vi förnyade certifikatet', [], null, 'sv'),
  c('near-miss', 'vi har lagt till licensen åt användaren', [], null, 'sv'),
  c('near-miss', "j'ai supprimé l'ancien iPhone de son compte", [], null, 'fr'),
  c('near-miss', "ok ça marche maintenant, j'ai retiré un appareil", [], null, 'fr'),
  c('near-miss', "j'ai attribué la licence Intune à l'utilisateur", [], null, 'fr'),
  c('near-miss', '我删除了一台旧设备', [], null, 'zh-CN'),
  c('near-miss', '好了，删掉旧手机以后现在可以注册了', [], null, 'zh-CN'),
  c('near-miss', '已经给用户分配了 Intune 许可证', [], null, 'zh-CN'),
  // General questions and how-tos: no failure, a question about how things are or are done.
  c('near-miss', 'how do I enroll an iPhone in Intune?', []),
  c('near-miss', 'what is the device limit per user in Intune?', []),
  c('near-miss', 'where can I see how many devices a user has enrolled?', []),
  c('near-miss', 'can a user enroll more than five devices?', []),
  c('near-miss', "what's the difference between ADE and Company Portal enrollment?", []),
  c('near-miss', 'hur registrerar jag en iPad i Intune?', [], null, 'sv'),
  c('near-miss', 'vad är maxgränsen för enheter per användare?', [], null, 'sv'),
  c('near-miss', 'var ser jag hur många enheter en användare har registrerat?', [], null, 'sv'),
  c('near-miss', 'comment inscrire un iPhone dans Intune ?', [], null, 'fr'),
  c('near-miss', "quelle est la limite d'appareils par utilisateur ?", [], null, 'fr'),
  c('near-miss', "où voir les appareils inscrits d'un utilisateur ?", [], null, 'fr'),
  c('near-miss', '如何在 Intune 中注册 iPad？', [], null, 'zh-CN'),
  c('near-miss', '每个用户最多可以注册多少台设备？', [], null, 'zh-CN'),
  c('near-miss', '在哪里查看用户注册了哪些设备？', [], null, 'zh-CN'),
];

/** Posts the same rules must leave answered. */
export const contextInScope: Case[] = [
  // A person named before a verb of speech relays what a device shows.
  c('partial', 'Anna says her iPhone shows Device Cap Reached', deviceCap),
  c('partial', 'Erik säger att hans iPad visar Device Cap Reached', deviceCap, null, 'sv'),
  c('partial', 'Julie dit que son iPad affiche Device Cap Reached', deviceCap, null, 'fr'),
  c('partial', '王经理说他的 iPhone 显示 Device Cap Reached', deviceCap, null, 'zh-CN'),
  c('partial', 'Company Portal says Device cap reached', deviceCap),
  // A count of enrolled devices is the device cap, not the Windows "already enrolled" cards.
  c('symptom', 'she already has 15 devices enrolled and the new iPhone will not enroll', deviceCap),
  c('symptom', 'user already has several enrolled devices, now enrolling the new tablet fails', deviceCap),
  c(
    'symptom',
    'han har redan fem enheter registrerade och den nya telefonen går inte att registrera',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'symptom',
    "elle a déjà beaucoup d'appareils inscrits et n'arrive pas à inscrire le nouveau",
    deviceCap,
    null,
    'fr',
  ),
  c('symptom', '她已经注册了很多台设备，新手机注册不了', deviceCap, null, 'zh-CN'),
  // What someone did, with the failure still there.
  c('partial', 'I deleted an old device but the user still gets Device cap reached', deviceCap),
  c(
    'partial',
    'jag tog bort en gammal enhet men det står fortfarande Device cap reached',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'partial',
    "j'ai supprimé un ancien appareil mais l'erreur Device cap reached reste",
    deviceCap,
    null,
    'fr',
  ),
  c('partial', '我删除了一台旧设备，但还是提示 Device cap reached', deviceCap, null, 'zh-CN'),
  // Questions that ask for a fix of a documented failure.
  c('partial', 'how do I fix Device cap reached?', deviceCap),
  c('partial', 'hur löser jag Device cap reached?', deviceCap, null, 'sv'),
  c('code', "comment corriger l'erreur 0x80CF0437 ?", clock, null, 'fr'),
  c('code', '如何解决 0x80043009 错误？', alreadyEnrolled, null, 'zh-CN'),
  // Windows "already enrolled" stays itself.
  c('partial', 'the machine is already enrolled error when joining the PC', alreadyEnrolled),
  c('code', 'datorn säger att den redan är registrerad (0x8007064c)', alreadyEnrolled, null, 'sv'),
  // Plain documented messages.
  c('partial', 'Profile installation failed. A network error has occurred.', [pifNetwork]),
  c('partial', 'Company Portal Temporarily Unavailable on all iPhones since this morning', cptu),
  c('partial', 'User Name Not Recognized when signing in to the Company Portal', [userName]),
  c('partial', "l'iPhone affiche User License Type Invalid", iosLicense, null, 'fr'),
  c('partial', '用户注册 iPhone 时提示 Device Cap Reached', deviceCap, null, 'zh-CN'),
];

/**
 * A second set, written after the rules above were in place and scored once as written before any rule
 * changed for it: the same four kinds of context in other words.
 */
export const contextSecondNearMisses: Case[] = [
  c('near-miss', 'Spotify says I am logged in on too many devices', []),
  c('near-miss', 'kobo says the max number of devices is reached for my account', []),
  c('near-miss', 'Audible säger att maxantalet enheter har nåtts', [], null, 'sv'),
  c('near-miss', 'Zelvaro säger att kontot har för många enheter', [], null, 'sv'),
  c('near-miss', "Prime Video affiche que trop d'appareils sont enregistrés", [], null, 'fr'),
  c('near-miss', "Korvane indique que j'ai trop d'appareils", [], null, 'fr'),
  c('near-miss', '网易云音乐提示账号登录设备过多', [], null, 'zh-CN'),
  c('near-miss', 'removed two old iPads from her account, the new one went through', []),
  c('near-miss', 'we cleaned up the stale devices in the admin center yesterday', []),
  c('near-miss', 'all sorted, the user had to sign out and back in', []),
  c('near-miss', 'jag raderade hennes gamla iPhone i portalen', [], null, 'sv'),
  c('near-miss', 'vi bytte ut push-certifikatet igår', [], null, 'sv'),
  c('near-miss', "c'est réglé, on a retiré les vieux postes de la console", [], null, 'fr'),
  c('near-miss', "j'ai réinitialisé l'iPad hier soir", [], null, 'fr'),
  c('near-miss', '我们昨天把旧的 iPad 从控制台里删掉了', [], null, 'zh-CN'),
  c('near-miss', '问题解决了，谢谢', [], null, 'zh-CN'),
  c('near-miss', 'which devices count towards the enrollment limit?', []),
  c('near-miss', 'does a wiped device still count as enrolled?', []),
  c('near-miss', 'hur många enheter får en användare registrera?', [], null, 'sv'),
  c('near-miss', 'vilka enheter räknas mot gränsen?', [], null, 'sv'),
  c('near-miss', "combien d'appareils un utilisateur peut-il inscrire ?", [], null, 'fr'),
  c('near-miss', 'est-ce que les appareils retirés comptent encore ?', [], null, 'fr'),
  c('near-miss', '一个用户可以注册几台 iPhone？', [], null, 'zh-CN'),
  c('near-miss', '擦除后的设备还算在上限里吗？', [], null, 'zh-CN'),
];

export const contextSecondInScope: Case[] = [
  c('symptom', 'the user has many enrolled devices and now the new iPad fails to enroll', deviceCap),
  c(
    'symptom',
    'anvandaren har redan flera registrerade enheter och nya mobilen misslyckas',
    deviceCap,
    null,
    'sv',
  ),
  c(
    'symptom',
    "il a déjà plusieurs téléphones inscrits, le nouveau échoue à l'inscription",
    deviceCap,
    null,
    'fr',
  ),
  c('symptom', '他已经注册了好几台设备，新平板注册失败', deviceCap, null, 'zh-CN'),
  c('partial', 'Sara says her phone shows Device Cap Reached after the swap', deviceCap),
  c('partial', 'I wiped the iPad and tried again but it still says Device Cap Reached', deviceCap),
  c(
    'partial',
    'jag tog bort den gamla datorn men den nya säger fortfarande The machine is already enrolled',
    alreadyEnrolled,
    null,
    'sv',
  ),
  c(
    'partial',
    "on a renouvelé le certificat mais l'iPhone affiche toujours Profile installation failed. A network error has occurred.",
    [pifNetwork],
    null,
    'fr',
  ),
  c('code', 'how do I get rid of 0x80CF0437?', clock),
  c('partial', '为什么用户注册时提示 User Name Not Recognized？', [userName], null, 'zh-CN'),
];
