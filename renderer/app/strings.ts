import { registerStrings } from '../i18n';

const en = {
  appName: 'SiteProof',
  tagline: 'On-site vendor verification',
  mainNav: 'Main',
  navVisits: 'Visits',
  navLibrary: 'Library',
  navAbout: 'About & storage',
  language: 'Language',
  skipToContent: 'Skip to content',
  templateErrorsTitle: 'Some question templates could not be loaded. The app works with the others.',
  dbErrorTitle: 'The local database could not be opened. Nothing can be saved until this is fixed.',
  dbErrorHint: 'Close other SiteProof windows and restart the app. If it keeps happening, check free disk space.',
  dbUnavailable: 'Visits cannot be shown until the database opens. The question library still works.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is nothing at “{{path}}”.',
  backToVisits: 'Back to visits',
  loading: 'Loading…',
  pageFailed: 'This page failed to load: {{message}}',
};
type Keys = keyof typeof en;

const ru: Record<Keys, string> = {
  appName: 'SiteProof',
  tagline: 'Проверка подрядчиков на месте',
  mainNav: 'Основное меню',
  navVisits: 'Визиты',
  navLibrary: 'Библиотека',
  navAbout: 'О программе и хранилище',
  language: 'Язык',
  skipToContent: 'Перейти к содержимому',
  templateErrorsTitle: 'Часть шаблонов вопросов не загрузилась. Остальные работают.',
  dbErrorTitle: 'Не удалось открыть локальную базу данных. Пока это не исправлено, сохранить ничего нельзя.',
  dbErrorHint: 'Закройте другие окна SiteProof и перезапустите приложение. Если ошибка повторяется, проверьте свободное место на диске.',
  dbUnavailable: 'Визиты нельзя показать, пока база данных не откроется. Библиотека вопросов работает.',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'По адресу «{{path}}» ничего нет.',
  backToVisits: 'К списку визитов',
  loading: 'Загрузка…',
  pageFailed: 'Страница не загрузилась: {{message}}',
};

const uk: Record<Keys, string> = {
  appName: 'SiteProof',
  tagline: 'Перевірка підрядників на місці',
  mainNav: 'Головне меню',
  navVisits: 'Візити',
  navLibrary: 'Бібліотека',
  navAbout: 'Про програму та сховище',
  language: 'Мова',
  skipToContent: 'Перейти до вмісту',
  templateErrorsTitle: 'Частина шаблонів питань не завантажилася. Решта працює.',
  dbErrorTitle: 'Не вдалося відкрити локальну базу даних. Поки це не виправлено, зберегти нічого не можна.',
  dbErrorHint: 'Закрийте інші вікна SiteProof і перезапустіть застосунок. Якщо помилка повторюється, перевірте вільне місце на диску.',
  dbUnavailable: 'Візити неможливо показати, доки база даних не відкриється. Бібліотека питань працює.',
  notFoundTitle: 'Сторінку не знайдено',
  notFoundText: 'За адресою «{{path}}» нічого немає.',
  backToVisits: 'До списку візитів',
  loading: 'Завантаження…',
  pageFailed: 'Сторінка не завантажилася: {{message}}',
};

registerStrings('app', { ru, uk, en });
