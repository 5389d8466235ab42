/*
 * Language of the Camunda web apps (Tasklist, Cockpit, Admin, welcome page).
 *
 * Staff work in Simplified Chinese, so zh-CN is used for every browser, whatever its own language setting.
 * English stays selectable: open any web app once with ?lang=en (for example /camunda/app/welcome/default/?lang=en,
 * or the "English" link on the welcome page); the choice is remembered in this browser for all apps.
 * ?lang=zh-CN switches back.
 *
 * The apps pick the first browser language that is in availableLocales and otherwise fallbackLocale, so offering
 * exactly one locale makes the choice ours instead of the browser's.
 */
const STORAGE_KEY = 'crmflow.lang';
const SUPPORTED = ['zh-CN', 'en'];

function chosenLanguage() {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (SUPPORTED.includes(asked)) {
      window.localStorage.setItem(STORAGE_KEY, asked);
    }
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return SUPPORTED.includes(stored) ? stored : SUPPORTED[0];
  } catch (e) {
    // storage disabled (private mode policies): stay with the default
    return SUPPORTED[0];
  }
}

const language = chosenLanguage();

export const locales = {availableLocales: [language], fallbackLocale: language};
export const isChinese = language === 'zh-CN';
