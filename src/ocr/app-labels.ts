/**
 * Names of apps as phones and desktops label their icons (iOS, Android, Microsoft's apps; English,
 * Swedish, French, Simplified Chinese). A line made of them is the labels under a row of icons, not a
 * message: no enrollment error reads "Authenticator Company Portal".
 */
const appNames = [
  // Apple and Google
  'App Store',
  'Books',
  'Calculator',
  'Calendar',
  'Camera',
  'Chrome',
  'Clock',
  'Compass',
  'Contacts',
  'FaceTime',
  'Files',
  'Find My',
  'Fitness',
  'Gallery',
  'Gmail',
  'Google',
  'Health',
  'Maps',
  'Mail',
  'Measure',
  'Messages',
  'Music',
  'News',
  'Notes',
  'Photos',
  'Play Store',
  'Podcasts',
  'Reminders',
  'Safari',
  'Settings',
  'Shortcuts',
  'Stocks',
  'Translate',
  'Wallet',
  'Watch',
  'Weather',
  'YouTube',
  // Microsoft
  'Authenticator',
  'Company Portal',
  'Intune',
  'Excel',
  'OneDrive',
  'OneNote',
  'Outlook',
  'PowerPoint',
  'SharePoint',
  'Teams',
  'Microsoft Edge',
  'Microsoft Launcher',
  // Swedish
  'Inställningar',
  'Bilder',
  'Kamera',
  'Kalender',
  'Klocka',
  'Kartor',
  'Väder',
  'Anteckningar',
  'Musik',
  'Filer',
  'Företagsportal',
  'Meddelanden',
  'Påminnelser',
  'Kontakter',
  'Kalkylator',
  // French
  'Réglages',
  'Paramètres',
  'Appareil photo',
  'Calendrier',
  'Horloge',
  'Plans',
  'Météo',
  'Musique',
  'Fichiers',
  'Portail d’entreprise',
  "Portail d'entreprise",
  'Rappels',
  'Calculette',
  'Calculatrice',
  // Simplified Chinese
  '设置',
  '照片',
  '相机',
  '邮件',
  '日历',
  '时钟',
  '地图',
  '天气',
  '备忘录',
  '音乐',
  '文件',
  '公司门户',
  '信息',
  '提醒事项',
  '通讯录',
  '计算器',
  '应用商店',
  '钱包',
];

const key = (word: string) => word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const names = appNames.map((n) => n.split(/\s+/).map(key));
const hanNames = appNames.filter((n) => /\p{Script=Han}/u.test(n));

/**
 * Whether a line's words are app names from end to end (a name may have several words). With `cut`, the
 * last word may be the start of a name, as a label cut by the edge of a photo or by the screen.
 */
function allNames(text: string, cut: boolean): boolean {
  const words = text.split(/\s+/).map(key).filter(Boolean);
  if (!words.length) return false;
  for (let i = 0; i < words.length; ) {
    const name = names.find((n) => n.every((w, j) => words[i + j] === w));
    if (name) i += name.length;
    else if (cut && i === words.length - 1 && (words[i]?.length ?? 0) >= 3) {
      const start = words[i] ?? '';
      return names.some((n) => n[0]?.startsWith(start));
    } else return false;
  }
  return true;
}

/** Chinese labels have no spaces between them: the line must split into names from end to end. */
function isHanLabels(text: string): boolean {
  let rest = text.replace(/\s+/g, '');
  while (rest) {
    const name = hanNames.find((n) => rest.startsWith(n));
    if (!name) return false;
    rest = rest.slice(name.length);
  }
  return true;
}

/**
 * A line of icon labels: nothing but app names; on a screen that shows rows of icons, the last one may
 * be cut short ("Authenticator Comp").
 */
export function isAppLabels(text: string, showsIconRows: boolean): boolean {
  if (/\p{Script=Han}/u.test(text)) return isHanLabels(text);
  return allNames(text, showsIconRows);
}

/** Whether a line names an app anywhere: on a home screen, an unsure line that does is a row of labels. */
export function namesApp(text: string): boolean {
  const words = text.split(/\s+/).map(key).filter(Boolean);
  return words.some((_, i) => names.some((n) => n.every((w, j) => words[i + j] === w)));
}
