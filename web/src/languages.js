// The languages of the picker. `code` is what the bot's `taal` command takes; `webChatLocale` is the
// locale of Web Chat's own texts (send button, "sending..."), where Web Chat has that language (else Dutch).
export const languages = [
  { code: 'nl-eenvoudig', name: 'Nederlands', lang: 'nl', dir: 'ltr', webChatLocale: 'nl-NL' },
  { code: 'en', name: 'English', lang: 'en', dir: 'ltr', webChatLocale: 'en-US' },
  { code: 'ar', name: 'العربية', lang: 'ar', dir: 'rtl', webChatLocale: 'ar-SA' },
  { code: 'ti', name: 'ትግርኛ', lang: 'ti', dir: 'ltr', webChatLocale: 'nl-NL' },
  { code: 'tr', name: 'Türkçe', lang: 'tr', dir: 'ltr', webChatLocale: 'tr-TR' },
  { code: 'fa', name: 'دری/فارسی', lang: 'fa', dir: 'rtl', webChatLocale: 'nl-NL' },
  { code: 'ku', name: 'Kurdî', lang: 'ku', dir: 'ltr', webChatLocale: 'nl-NL' },
  { code: 'so', name: 'Soomaali', lang: 'so', dir: 'ltr', webChatLocale: 'nl-NL' },
];

export const defaultLanguage = languages[0];
