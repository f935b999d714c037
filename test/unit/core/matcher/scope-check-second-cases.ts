import {
  type Case,
  c,
  clock,
  cptu,
  deviceCap,
  iosLicense,
  pifAndroid,
  retired,
  userName,
} from './held-out-labels.ts';

/**
 * A second set of forum-style posts in the four languages, written after the readings of a former MDM, a
 * product reporting a message, a relative time and another app's trouble, committed before it was scored:
 * other apps' crashes and sign-in prompts, unknown products quoting a documented message, moves from one
 * other product to another (`near-miss`); former MDMs as background, relative times, a clock off by hours
 * (answered with their entry).
 */
export const checkNearMisses: Case[] = [
  c(
    'near-miss',
    'Webex keeps crashing on our shared iPads right after the splash screen, IT says reinstall but that did nothing',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'OneDrive on my phone asks me to log in again every couple of days, is there a setting for that?',
    [],
  ),
  c(
    'near-miss',
    'Sedan i tisdags kraschar Webex på alla våra iPads så fort man startar ett möte',
    [],
    'ios',
    'sv',
  ),
  c('near-miss', 'OneDrive på jobbtelefonen ber mig logga in igen varannan dag', [], null, 'sv'),
  c('near-miss', "Webex plante dès qu'on lance une réunion sur les iPad partagés", [], 'ios', 'fr'),
  c(
    'near-miss',
    'OneDrive me demande de me reconnecter tous les deux jours sur mon téléphone',
    [],
    null,
    'fr',
  ),
  c('near-miss', '共享 iPad 上的 Webex 一开会就崩溃', [], 'ios', 'zh-CN'),
  c('near-miss', 'OneDrive 在手机上隔两天就要我重新登录一次', [], null, 'zh-CN'),
  c('near-miss', 'Trimblo says "Device Cap Reached" every time I add a scanner to our account', []),
  c('near-miss', 'Fennaro säger "Device Cap Reached" när jag kopplar in en ny läsplatta', [], null, 'sv'),
  c('near-miss', 'Ostrava Cloud me dit « Device Cap Reached » quand j’ajoute une borne', [], null, 'fr'),
  c('near-miss', 'Trimblo 说 Device Cap Reached，扫码枪加不进去', [], null, 'zh-CN'),
  c(
    'near-miss',
    'We migrated from Meraki to Mosyle in August and the iPads now fail with "Profile Installation Failed" on re-enrollment',
    [],
    'ios',
  ),
  c(
    'near-miss',
    'Vi flyttade från Intune till Kandji och nu visar iPadsen "Profile Installation Failed"',
    [],
    'ios',
    'sv',
  ),
  c(
    'near-miss',
    'Depuis la migration de Jamf vers Mosyle, nos iPad affichent « Profile Installation Failed »',
    [],
    'ios',
    'fr',
  ),
  c(
    'near-miss',
    '我们从 Meraki 换成 Mosyle 以后，iPad 重新注册时提示 Profile Installation Failed',
    [],
    'ios',
    'zh-CN',
  ),
];

export const checkInScope: Case[] = [
  c(
    'exact',
    'Transitioned off Workspace ONE in June. Now one of the iPhones shows "User Name Not Recognized" in Company Portal.',
    [userName],
    'ios',
  ),
  c(
    'exact',
    'Vi kom över från Jamf för ett halvår sedan. Nu visar en iPad "Device Cap Reached" i Företagsportalen.',
    deviceCap,
    'ios',
    'sv',
  ),
  c(
    'exact',
    "Arrivés de chez Kandji cet été ; un Android affiche « Profile installation failed » dans le Portail d'entreprise.",
    [pifAndroid],
    'android',
    'fr',
  ),
  c(
    'exact',
    '年初从 MobileIron 迁到 Intune，现在有台 iPhone 在公司门户里提示 Company Portal Temporarily Unavailable',
    cptu,
    'ios',
    'zh-CN',
  ),
  c(
    'symptom',
    'someone retired this desktop in the console about 30 minutes ago and now the Intune client reinstall fails',
    retired,
    'windows',
  ),
  c(
    'symptom',
    'datorn pensionerades i konsolen för tio minuter sedan och klienten går inte att installera om',
    retired,
    'windows',
    'sv',
  ),
  c(
    'symptom',
    "l'horloge du portable est décalée de deux heures et l'inscription du client échoue",
    clock,
    'windows',
    'fr',
  ),
  c(
    'symptom',
    'iPhone 注册时提示 Profile Installation Failed，半小时前才发现这个用户还没分配 Intune 许可证',
    iosLicense,
    'ios',
    'zh-CN',
  ),
];
