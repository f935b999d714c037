import { createIntentDetector } from '../../../../src/core/conversation/intents.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

const detect = createIntentDetector(createTranslator()).detect;
const kind = (text: string) => detect(text)?.kind;

/** Ways people ask for a person, in their own words, with whatever they put around it. */
const asksForPerson: Record<string, string[]> = {
  en: [
    'I want to talk to a human',
    'can someone from IT help me with this?',
    'connect me to a support agent please',
    'Can I speak with a real person?',
    'get me a human',
    'I need to talk to somebody about this',
    "I'd like to speak to someone from the helpdesk",
    'please transfer me to the service desk',
    'is there a person I can chat with',
    'put me through to support',
    'escalate this to the IT team please',
    'Human please!',
    'agent',
    'let me talk to an actual technician',
    'I would rather talk to someone in IT support',
    'Hi, this is taking too long, can I get a person?',
    'could somebody from the support team help me',
    'I need a human being to look at this',
    'contact support',
    'open a ticket for me',
    'can you hand this over to an admin',
    'talk to a person',
  ],
  sv: [
    'jag vill prata med en människa',
    'kan jag få prata med någon på IT?',
    'koppla mig till supporten tack',
    'Jag behöver prata med en riktig person',
    'kan någon från helpdesken hjälpa mig',
    'prata med en person',
    'Hej! Jag vill tala med en tekniker',
    'eskalera det här till IT-avdelningen',
    'kan jag få hjälp av en människa?',
    'människa tack',
    'kontakta supporten åt mig',
    'jag vill chatta med någon från servicedesken',
    'Snälla, koppla mig vidare till en handläggare',
    'skapa ett ärende',
    'kan nån på IT titta på det här?',
    'jag behöver en administratör',
    'får jag tala med en person',
    'vill prata med nån riktig människa',
    'lämna över till supporten',
    'jag skulle vilja prata med någon på IT-supporten',
  ],
  'zh-CN': [
    '转人工',
    '我要人工客服',
    '请帮我联系IT部门',
    '能不能找一个人工帮我看看',
    '我想和真人聊一下',
    '有人能帮我吗',
    '帮我转接技术支持',
    '我需要技术支持人员',
    '请把这个问题交给管理员',
    '我想跟客服说话',
    '你好，我想联系支持团队',
    '可以找工程师帮我看看吗',
    '麻烦转接一下人工服务',
    '真人',
    '我要找IT同事沟通',
    '提交工单',
    '联系客服',
    '我想和技术人员谈谈',
    '请帮我联系服务台',
    '帮帮我，我需要真人',
  ],
  fr: [
    "je voudrais parler à quelqu'un du support",
    'je veux parler à un humain',
    'mettez-moi en relation avec un technicien svp',
    "est-ce que je peux parler avec quelqu'un de l'informatique ?",
    'passez-moi le helpdesk',
    "j'aimerais discuter avec une vraie personne",
    "j'ai besoin d'un technicien",
    'Bonjour, je souhaite contacter le support',
    'un humain svp',
    'escalader',
    'transférez-moi au service informatique',
    "quelqu'un peut m'aider ? je veux parler à une personne",
    'ouvrir un ticket',
    'parler à un agent',
    'je voudrais joindre un conseiller',
    "j'ai besoin de parler à l'équipe IT",
    'pouvez-vous me mettre en contact avec un administrateur',
    "je souhaiterais échanger avec quelqu'un",
    'aidez-moi, je veux un agent',
    'parler à quelqu’un',
  ],
};

/** Problem descriptions that mention support or people without asking for one. */
const mentionsOnly = [
  'support says the device cap was reached',
  'Apple support told me to re-enroll',
  'the support agent cannot enroll the iPad',
  'I contacted support and they said the enrollment profile is missing',
  'Company Portal Temporarily Unavailable. If the problem persists, contact your system administrator',
  'This user account is not authorized to use Microsoft Intune. Contact your system administrator',
  'the helpdesk person says 0x80180014',
  'someone enrolled the device with another MDM before',
  'our IT team has set up ADE but the device skips enrollment',
  'supporten säger att enhetsgränsen är nådd',
  'Om problemet kvarstår kontaktar du systemadministratören',
  "le support m'a dit de réinscrire l'appareil",
  'Contactez votre administrateur système si le problème persiste',
  '客服说设备上限已达到',
  '如果问题仍然存在，请与系统管理员联系。',
  'Apple 支持让我重新注册',
  'I want to enroll the device',
  'can someone explain device cap reached',
];

describe('asking for a person in one’s own words', () => {
  for (const [lng, phrasings] of Object.entries(asksForPerson)) {
    test(`${lng}: ${phrasings.length} phrasings all open the hand-off`, () => {
      expect(phrasings.length).toBeGreaterThanOrEqual(20);
      const missed = phrasings.filter((p) => kind(p) !== 'human');
      expect(missed).toEqual([]);
    });
  }

  test('a problem that only mentions support or a person is not a request for one', () => {
    expect(mentionsOnly.filter((p) => detect(p) !== undefined)).toEqual([]);
  });
});

describe('commands come only from messages that are commands', () => {
  test.each([
    ['reset my password'],
    ['how do I restart enrollment on the iPad'],
    ['cancel any current profile installation'],
    ['重置密码'],
    ['réinitialiser le mot de passe'],
    ['återställ lösenordet'],
  ])('"%s" is not a command', (text) => {
    expect(detect(text)).toBeUndefined();
  });

  test.each([
    ['start over', 'restart'],
    ['ok, start over please', 'restart'],
    ['cancel', 'cancel'],
    ['never mind then', 'cancel'],
    ['?', 'help'],
    ['？', 'help'],
    ['can you help me', 'help'],
    ['thanks!', 'thanks'],
    ['ok thank you', 'thanks'],
    ['tack så mycket!', 'thanks'],
    ['merci beaucoup', 'thanks'],
    ['谢谢', 'thanks'],
    ['in english please', 'language'],
    ['that fixed it, thanks', 'solved'],
    ['fixed on the iPad', 'fixed'],
    ["it didn't help", 'not-fixed'],
  ])('"%s" is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });
});

describe('small talk people end or acknowledge with', () => {
  test.each([
    ['bye', 'goodbye'],
    ['ok bye then', 'goodbye'],
    ['see you later!', 'goodbye'],
    ["that's all, thanks", 'goodbye'],
    ['hej då', 'goodbye'],
    ['vi ses', 'goodbye'],
    ['au revoir', 'goodbye'],
    ['bonne journée !', 'goodbye'],
    ['再见', 'goodbye'],
    ['拜拜', 'goodbye'],
    ['ok', 'ack'],
    ['yes', 'ack'],
    ['no', 'ack'],
    ['okej', 'ack'],
    ["d'accord", 'ack'],
    ['好的', 'ack'],
    ['hej', 'greeting'],
  ])('"%s" is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  test.each([
    ['no, it still fails with 0x80CF0437'],
    ['yes the iPhone says profile installation failed'],
    ['ok so the device cap was reached'],
  ])('"%s" carries a problem, not an acknowledgement', (text) => {
    expect(kind(text)).not.toBe('ack');
  });
});

describe('switching the language in one’s own words', () => {
  test.each([
    ['switch to french', 'fr'],
    ['can you speak Swedish?', 'sv'],
    ['reply in Chinese please', 'zh-CN'],
    ['byt till engelska', 'en'],
    ['passe en anglais', 'en'],
    ['parlez français svp', 'fr'],
    ['切换到英文', 'en'],
    ['请用法语', 'fr'],
  ])('"%s" switches to %s', (text, locale) => {
    expect(detect(text)).toEqual({ kind: 'language', locale });
  });
});

describe('what people say to a chatbot before or between problems', () => {
  test.each([
    ['is anyone there?', 'human'],
    ['support please', 'human'],
    ['ge mig en handläggare', 'human'],
    ['un conseiller svp', 'human'],
    ['有人吗', 'human'],
    ['人工', 'human'],
    ['anybody there?', 'human'],
    ["quelqu'un est là ?", 'human'],
    ['hallå, är det någon där?', 'human'],
    ['有没有人？', 'human'],
    ['good afternoon', 'greeting'],
    ['god eftermiddag', 'greeting'],
    ['bonjour à tous', 'greeting'],
    ['下午好', 'greeting'],
    ['在吗', 'greeting'],
    ['test', 'greeting'],
    ['what?', 'help'],
    ['huh?', 'help'],
    ['jag förstår inte', 'help'],
    ['je ne comprends pas', 'help'],
    ['什么意思', 'help'],
    ['who are you?', 'about'],
    ['are you a real person?', 'about'],
    ['Is this a bot', 'about'],
    ['vem är du?', 'about'],
    ['är du en riktig person?', 'about'],
    ['tu es un robot ?', 'about'],
    ['c’est quoi ce bot', 'about'],
    ['你是真人吗？', 'about'],
    ["ok I'll try", 'ack'],
    ['sure thing', 'ack'],
    ['ya', 'ack'],
    ['no problem', 'ack'],
  ])('"%s" is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  test.each([
    ['pouvez-vous me conseiller sur ce code 0x80CF0437'],
    ['what is error 0x80CF0437'],
    ['设备上限已达到怎么办'],
    ['客服说要重新注册设备'],
    ['test enrollment failed with profile installation failed'],
    ['what is this error 0x80CF0437'],
    ['这是什么错误 0x80CF0437'],
    ['has anyone here seen 0x80CF0437?'],
    ['någon där som vet vad 0x80CF0437 betyder?'],
    ['有没有人遇到过设备上限已达到'],
  ])('"%s" is a problem, not small talk', (text) => {
    expect(kind(text)).toBeUndefined();
  });
});

/** Said after the hand-off, these close the case: only a plain "it is solved", in every language. */
const solved: Record<string, string[]> = {
  en: [
    'it works now',
    'fixed, thanks',
    'Fixed!',
    'ok it works now, thank you so much',
    'solved',
    "it's working now",
    'problem solved, you can close the case',
    'all good now thanks',
    'I got it working',
    'it enrolled now',
  ],
  sv: [
    'det fungerar nu',
    'det funkar nu, tack!',
    'löst',
    'fixat, tack för hjälpen',
    'nu fungerar det',
    'problemet är löst',
    'toppen, det löste sig',
  ],
  fr: [
    'ça marche maintenant',
    'ça fonctionne maintenant, merci beaucoup',
    'c’est réglé',
    'résolu, merci',
    'problème résolu',
    'super, ça remarche',
    'tout fonctionne maintenant',
  ],
  'zh-CN': ['好了，可以了', '可以了，谢谢', '问题已解决', '解决了，谢谢你', '现在能用了', '搞定了'],
};

/** Close to it, but not a plain "solved": a partial fix, a question, a negation, or only "ok". */
const notSolved = [
  'it works on one phone but not the other',
  'it works now?',
  'does it work now',
  'works now for some users',
  'still not working',
  "it doesn't work now",
  'not working now',
  'fixed?',
  'is it fixed',
  'ok',
  'thanks',
  'det fungerar inte nu',
  'funkar det nu?',
  'det fungerar på en telefon men inte den andra',
  'ça marche',
  'ça marche pas',
  'ça ne marche toujours pas maintenant',
  'c’est bon',
  'ça marche sur un téléphone mais pas sur l’autre',
  '好了',
  '不可以了',
  '还是不行',
  '一台可以了，另一台还是不行',
  '现在可以了吗？',
];

describe('a plain "it is solved"', () => {
  test.each(Object.entries(solved).flatMap(([l, texts]) => texts.map((t) => [l, t])))(
    '%s: "%s" says it is solved',
    (_locale, text) => {
      expect(kind(text)).toBe('solved');
    },
  );

  test.each(notSolved)('"%s" does not', (text) => {
    expect(kind(text)).not.toBe('solved');
  });

  test.each([
    ['ça marche pas', 'not-fixed'],
    ['det fungerar inte', 'not-fixed'],
    ['not working', 'not-fixed'],
    ['didnt help', 'not-fixed'],
    ['still the same error', 'not-fixed'],
    ['samma fel', 'not-fixed'],
    ['toujours la même erreur', 'not-fixed'],
    ['还是一样', 'not-fixed'],
    ['ça a pas aidé', 'not-fixed'],
    ['toujours pas', 'not-fixed'],
    ["that's not it", 'not-fixed'],
    ['det var inte det', 'not-fixed'],
  ])('"%s" is %s on a card', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });
});
